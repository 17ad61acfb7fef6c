import Foundation

/// Runs `background` on a thread of its own while `foreground` runs on the calling thread,
/// and returns both results once both have ended. A single build uses it for the parts that
/// share nothing, so that one document uses both cores: the default templates are parsed while
/// the project loads, and the HTML is serialized while the DocBook is serialized and validated.
///
/// A thread rather than a Dispatch queue because a batch's workers already occupy Dispatch's
/// threads: work queued behind a worker that waits for it might never start. The thread gets
/// the main thread's usual 8 MiB of stack, since the writers recurse as deep as a template nests.
public func concurrently<Background: Sendable, Foreground>(
    _ background: @escaping @Sendable () -> Background,
    _ foreground: () throws -> Foreground
) rethrows -> (Background, Foreground) {
    let handoff = Handoff<Background>()
    let thread = Thread { handoff.deliver(background()) }
    thread.stackSize = 8 << 20
    thread.start()
    // Waiting even when `foreground` throws: the background work must not outlive its caller.
    defer { _ = handoff.take() }
    let foregroundResult = try foreground()
    return (handoff.take(), foregroundResult)
}

/// One value passed from the background thread to the waiting one.
private final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?

    func deliver(_ delivered: Value) {
        condition.withLock {
            value = delivered
            condition.signal()
        }
    }

    /// The delivered value, waiting for it; it stays available to a second call.
    func take() -> Value {
        condition.withLock {
            while value == nil { condition.wait() }
            // The loop above ends only once a value was delivered.
            return value!
        }
    }
}
