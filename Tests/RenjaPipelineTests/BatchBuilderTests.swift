import Foundation
import RenjaModel
import RenjaPipeline
import XCTest

final class BatchBuilderTests: XCTestCase {
    /// A folder with two copies of the seed project and, between them by name, one whose
    /// spec has an error.
    private func projectsFolder() throws -> URL {
        let folder = try PipelineFixture.scratchFolder(self).appendingPathComponent("projects")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["a-jatiroto", "b-rusak", "c-jatiroto"] {
            try FileManager.default.copyItem(at: PipelineFixture.seedProject, to: folder.appendingPathComponent(name))
        }
        let brokenSpec = folder.appendingPathComponent("b-rusak/renja.yaml")
        let spec = try String(contentsOf: brokenSpec, encoding: .utf8)
        try spec.replacingOccurrences(of: "tahun: 2020", with: "tahun: duaribu").write(to: brokenSpec, atomically: true, encoding: .utf8)
        return folder
    }

    func testAFailingProjectIsReportedAndTheOthersAreBuilt() throws {
        let pipeline = try PipelineFixture.preparedPipeline()
        let projects = try projectsFolder()
        let output = projects.deletingLastPathComponent().appendingPathComponent("out")
        let (jobs, problems) = BatchJob.jobs(for: [projects], output: output)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.map(\.outputDirectory.lastPathComponent), ["a-jatiroto", "b-rusak", "c-jatiroto"])

        let reported = ReportLog()
        let summary = BatchBuilder(pipeline: pipeline, workerCount: 2).build(jobs) { result, ended in
            reported.append(result, ended)
        }

        XCTAssertEqual([summary.built, summary.unchanged, summary.failed], [2, 0, 1])
        XCTAssertTrue(summary.hasFailures)
        XCTAssertEqual(reported.ended, [1, 2, 3])
        let failed = try XCTUnwrap(reported.results.first { $0.status == .failed })
        XCTAssertEqual(failed.job.project.lastPathComponent, "b-rusak")
        XCTAssertTrue(failed.diagnostics.contains { $0.severity == .error && $0.location?.file.hasSuffix("b-rusak/renja.yaml") == true }, "\(failed.diagnostics)")
        for name in ["a-jatiroto", "c-jatiroto"] {
            for file in [Pipeline.htmlFileName, Pipeline.docBookFileName] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(name)/\(file)").path), "\(name)/\(file)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("b-rusak").path), "bad input writes nothing")
    }

    /// A mistyped path is named as missing, not as a folder without projects; either stops the
    /// batch before anything is built.
    func testAMissingPathAndAFolderWithoutProjectsAreNamed() throws {
        let projects = try projectsFolder()
        let missing = projects.appendingPathComponent("tidak-ada")
        let empty = projects.appendingPathComponent("a-jatiroto/realisasi")
        let (jobs, problems) = BatchJob.jobs(for: [projects.appendingPathComponent("a-jatiroto"), missing, empty], output: projects)
        XCTAssertEqual(jobs, [])
        XCTAssertEqual(problems.map(\.description), [
            "error: '\(missing.path)' does not exist",
            "error: '\(empty.path)' is neither a project (no renja.yaml) nor a folder of projects",
        ])
    }

    func testASecondRunLeavesUnchangedOutputsAlone() throws {
        let pipeline = try PipelineFixture.preparedPipeline()
        let projects = try projectsFolder()
        let output = projects.deletingLastPathComponent().appendingPathComponent("out")
        let jobs = BatchJob.jobs(for: [projects.appendingPathComponent("a-jatiroto"), projects.appendingPathComponent("c-jatiroto")], output: output).0
        let builder = BatchBuilder(pipeline: pipeline, workerCount: 2)
        XCTAssertEqual(builder.build(jobs).built, 2)
        let html = output.appendingPathComponent("a-jatiroto/\(Pipeline.htmlFileName)")
        let firstWrite = try FileManager.default.attributesOfItem(atPath: html.path)[.modificationDate] as? Date

        let again = builder.build(jobs)

        XCTAssertEqual([again.built, again.unchanged, again.failed], [0, 2, 0])
        XCTAssertFalse(again.hasFailures)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: html.path)[.modificationDate] as? Date, firstWrite)
    }
}

/// What a batch reported, in order; `report` is called one at a time, but from worker threads.
private final class ReportLog: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [BatchProjectResult] = []
    private(set) var ended: [Int] = []

    func append(_ result: BatchProjectResult, _ count: Int) {
        lock.withLock {
            results.append(result)
            ended.append(count)
        }
    }
}
