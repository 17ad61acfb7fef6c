import Foundation
import RenjaArchive
import XCTest

final class FailureAndConcurrencyTests: XCTestCase {
    /// A build that fails at any write, or dies there, leaves no partial version, and the next
    /// build neither trips over what is left nor leaves it lying around.
    func testAFailureBetweenAnyTwoWritesLeavesNoPartialVersion() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let counting = FailingFileSystem(failingAt: .max, thenDies: false)
        XCTAssertNotNil(try fixture.builder(fileSystem: counting).run(projectAt: fixture.project).kind.created)
        let writes = counting.writes
        XCTAssertGreaterThan(writes, 8)
        try FileManager.default.removeItem(at: fixture.root)

        for thenDies in [false, true] {
            for failingAt in 0..<writes {
                let context = "failing at write \(failingAt) of \(writes), dies: \(thenDies)"
                let outcome = try fixture.builder(fileSystem: FailingFileSystem(failingAt: failingAt, thenDies: thenDies)).run(projectAt: fixture.project)
                let versions = try Archive(root: fixture.root).versions(in: fixture.yearDirectory)
                // Only the last write, flushing the renamed folder, comes after the version is complete.
                XCTAssertEqual(versions.count, failingAt == writes - 1 ? 1 : 0, context)
                if failingAt < writes - 1 {
                    guard case .failed(let error) = outcome.kind, error != nil else { return XCTFail("\(context): \(outcome.kind)") }
                }
                for version in versions {
                    XCTAssertEqual(try VersionVerifier().problems(in: version), [], context)
                }

                let next = try fixture.builder().run(projectAt: fixture.project)
                XCTAssertNotNil(next.kind.created ?? next.kind.unchanged, context)
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.yearDirectory.path).sorted(), [".lock", "001-rancangan-akhir"], context)
                try FileManager.default.removeItem(at: fixture.root)
            }
        }
    }

    func testConcurrentBuildsWithDifferentLabelsGiveTwoDistinctCompleteVersions() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let builder = try fixture.builder()
        let labels = ["rancangan", "penetapan"]
        let outcomes = ConcurrentResults(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            outcomes.set(index, builder.run(projectAt: fixture.project, label: labels[index]).kind)
        }
        let created = outcomes.values.compactMap { $0?.created }
        XCTAssertEqual(created.count, 2)
        XCTAssertEqual(Set(created.map(\.number)), [1, 2])
        let versions = try Archive(root: fixture.root).versions(in: fixture.yearDirectory)
        XCTAssertEqual(versions.count, 2)
        for version in versions {
            XCTAssertEqual(try VersionVerifier().problems(in: version), [])
            XCTAssertEqual(version.manifest?.version, version.number)
        }
    }

    /// Two builds of the same inputs at once: the lock makes one of them see the other's version,
    /// so the user gets one version and one "unchanged", never two copies.
    func testConcurrentBuildsOfTheSameInputsCreateOneVersion() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let builder = try fixture.builder()
        let outcomes = ConcurrentResults(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            outcomes.set(index, builder.run(projectAt: fixture.project).kind)
        }
        XCTAssertEqual(outcomes.values.compactMap { $0?.created }.count, 1)
        XCTAssertEqual(outcomes.values.compactMap { $0?.unchanged?.number }, [1])
    }
}
