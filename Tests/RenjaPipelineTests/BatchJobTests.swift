import Foundation
import RenjaPipeline
import XCTest

final class BatchJobTests: XCTestCase {
    func testTwoProjectsWithOneFolderNameAreRefusedBeforeBuilding() throws {
        let projects = try PipelineFixture.scratchFolder(self).appendingPathComponent("projects")
        try FileManager.default.createDirectory(at: projects, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PipelineFixture.seedProject, to: projects.appendingPathComponent("a-jatiroto"))
        let other = projects.deletingLastPathComponent().appendingPathComponent("elsewhere/a-jatiroto")
        try FileManager.default.createDirectory(at: other.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PipelineFixture.seedProject, to: other)

        let (jobs, problems) = BatchJob.jobs(for: [projects.appendingPathComponent("a-jatiroto"), other], output: URL(fileURLWithPath: "/tmp/out"))

        XCTAssertEqual(jobs, [])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].message.contains("/tmp/out/a-jatiroto"), problems[0].message)
    }

    func testAFolderWithoutProjectsIsAnError() throws {
        let empty = try PipelineFixture.scratchFolder(self)
        let (jobs, problems) = BatchJob.jobs(for: [empty], output: empty.appendingPathComponent("out"))
        XCTAssertEqual(jobs, [])
        XCTAssertEqual(problems.map(\.severity), [.error])
    }

    func testAProjectNamedDirectlyAndThroughItsFolderIsBuiltOnce() throws {
        let folder = try PipelineFixture.scratchFolder(self)
        let project = folder.appendingPathComponent("projects/jatiroto")
        try FileManager.default.createDirectory(at: project.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PipelineFixture.seedProject, to: project)

        let (jobs, problems) = BatchJob.jobs(for: [project.deletingLastPathComponent(), project], output: folder.appendingPathComponent("out"))

        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.map(\.project.standardizedFileURL.path), [project.path])
        XCTAssertEqual(jobs.map(\.outputDirectory.path), [folder.appendingPathComponent("out/jatiroto").path])
    }
}
