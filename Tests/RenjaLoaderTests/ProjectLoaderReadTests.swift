import Foundation
@testable import RenjaLoader
import XCTest

/// `ProjectLoader.contents(of:)` reads what the file holds, and never past the limit (a file
/// can grow between the size check and the read).
final class ProjectLoaderReadTests: XCTestCase {
    private func temporaryFile(holding bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("renja-read-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testReadsTheWholeFile() throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        XCTAssertEqual(ProjectLoader.contents(of: try temporaryFile(holding: bytes)), bytes)
        XCTAssertEqual(ProjectLoader.contents(of: try temporaryFile(holding: [])), [])
    }

    func testStopsOneByteAfterTheLimit() throws {
        let url = try temporaryFile(holding: [UInt8](repeating: 0x61, count: ProjectLoader.maximumFileSize + 100))
        XCTAssertEqual(ProjectLoader.contents(of: url)?.count, ProjectLoader.maximumFileSize + 1)
    }

    func testAMissingFileCannotBeRead() {
        XCTAssertNil(ProjectLoader.contents(of: URL(fileURLWithPath: "/nonexistent/renja.yaml")))
    }

    /// A directory opens but reading it fails (EISDIR): the failed read gives `nil`, not
    /// the bytes read so far.
    func testAFailedReadGivesNothing() {
        XCTAssertNil(ProjectLoader.contents(of: FileManager.default.temporaryDirectory))
    }
}
