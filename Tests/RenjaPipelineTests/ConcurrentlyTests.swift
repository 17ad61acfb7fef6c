import Foundation
import RenjaPipeline
import XCTest

final class ConcurrentlyTests: XCTestCase {
    func testReturnsBothResults() {
        let (background, foreground) = concurrently({ 6 * 7 }, { "renja" })
        XCTAssertEqual(background, 42)
        XCTAssertEqual(foreground, "renja")
    }

    /// Each half waits for a signal from the other: run one after the other, both would time out.
    func testTheTwoHalvesRunAtTheSameTime() {
        let backgroundStarted = DispatchSemaphore(value: 0)
        let foregroundStarted = DispatchSemaphore(value: 0)
        let (backgroundSawForeground, foregroundSawBackground) = concurrently({
            backgroundStarted.signal()
            return foregroundStarted.wait(timeout: .now() + 10) == .success
        }, {
            foregroundStarted.signal()
            return backgroundStarted.wait(timeout: .now() + 10) == .success
        })
        XCTAssertTrue(backgroundSawForeground)
        XCTAssertTrue(foregroundSawBackground)
    }

    /// The background work has ended by the time the foreground's error reaches the caller.
    func testAForegroundErrorWaitsForTheBackground() {
        struct Failure: Error {}
        let finished = ProtectedFlag()
        XCTAssertThrowsError(try concurrently({
            Thread.sleep(forTimeInterval: 0.2)
            finished.set()
        }, { throw Failure() }))
        XCTAssertTrue(finished.isSet)
    }
}

private final class ProtectedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
