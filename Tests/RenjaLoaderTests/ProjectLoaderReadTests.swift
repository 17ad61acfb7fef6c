import Foundation
@testable import RenjaLoader
import XCTest

/// `ProjectLoader.contents(of:expectedSize:)` reads what the file holds, whatever size `stat`
/// gave before (a file can change between the two), and never past the limit.
final class ProjectLoaderReadTests: XCTestCase {
    private func temporaryFile(holding bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("renja-read-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    func testReadsTheWholeFileWhateverSizeWasExpected() throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try temporaryFile(holding: bytes)
        for expected in [0, 1, 4_999, 9_999, 10_000, 10_001, 50_000] {
            XCTAssertEqual(ProjectLoader.contents(of: path, expectedSize: expected), bytes, "expected \(expected)")
        }
        XCTAssertEqual(ProjectLoader.contents(of: try temporaryFile(holding: []), expectedSize: 0), [])
    }

    func testStopsOneByteAfterTheLimit() throws {
        let path = try temporaryFile(holding: [UInt8](repeating: 0x61, count: ProjectLoader.maximumFileSize + 100))
        XCTAssertEqual(ProjectLoader.contents(of: path, expectedSize: 10)?.count, ProjectLoader.maximumFileSize + 1)
        XCTAssertEqual(ProjectLoader.contents(of: path, expectedSize: ProjectLoader.maximumFileSize)?.count, ProjectLoader.maximumFileSize + 1)
    }

    func testAMissingFileCannotBeRead() {
        XCTAssertNil(ProjectLoader.contents(of: "/nonexistent/renja.yaml", expectedSize: 10))
    }

    /// A directory opens but read(2) fails on it (EISDIR): the failed read gives `nil`, not
    /// the bytes read so far.
    func testAFailedReadGivesNothing() {
        XCTAssertNil(ProjectLoader.contents(of: FileManager.default.temporaryDirectory.path, expectedSize: 10))
    }
}
