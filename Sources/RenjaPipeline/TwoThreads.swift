import Dispatch
import Foundation

/// Runs two independent pieces of work at the same time, one on the calling thread and one on
/// a worker, and returns when both have ended: how a single build overlaps its independent
/// stages on this 2-core machine. Called inside another `concurrentPerform` (a batch's
/// workers), libdispatch runs both pieces on the calling thread, one after the other.
enum TwoThreads {
    /// `first()` and `second()`, run at the same time; the results in that order, whichever
    /// ends first.
    static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstResult = ResultSlot<First>()
        let secondResult = ResultSlot<Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                firstResult.store(first())
            } else {
                secondResult.store(second())
            }
        }
        // `concurrentPerform` returns only after both iterations ran: both slots are filled.
        guard let firstValue = firstResult.value, let secondValue = secondResult.value else {
            preconditionFailure("concurrentPerform returned before both iterations ran")
        }
        return (firstValue, secondValue)
    }
}

/// One result handed from the thread that computes it to the thread that waits for it.
/// `@unchecked Sendable` because its only state, `stored`, is read and written under `lock`
/// (the `Synchronization` module's `Mutex` would say so to the compiler, but needs macOS 15
/// and the package supports macOS 13).
private final class ResultSlot<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func store(_ value: Value) {
        lock.withLock { stored = value }
    }

    var value: Value? {
        lock.withLock { stored }
    }
}
