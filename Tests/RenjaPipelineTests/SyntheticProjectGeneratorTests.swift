import Foundation
import RenjaModel
import RenjaPipeline
import RenjaSynthetic
import XCTest

final class SyntheticProjectGeneratorTests: XCTestCase {
    func testTheSameSeedGivesTheSameFiles() {
        for index in 1...5 {
            XCTAssertEqual(SyntheticProjectGenerator(seed: 42).project(index), SyntheticProjectGenerator(seed: 42).project(index))
        }
    }

    func testAProjectDoesNotDependOnTheOthersGenerated() throws {
        let folder = try PipelineFixture.scratchFolder(self)
        let written = try SyntheticProjectGenerator(seed: 9).writeProjects(count: 3, into: folder)
        let third = SyntheticProjectGenerator(seed: 9).project(3)
        XCTAssertEqual(written.map(\.lastPathComponent), ["proyek-0001", "proyek-0002", "proyek-0003"])
        for file in third.files {
            let onDisk = try String(contentsOf: written[2].appendingPathComponent(file.path), encoding: .utf8)
            XCTAssertEqual(onDisk, file.contents, file.path)
        }
    }

    func testOtherSeedsAndIndicesGiveOtherProjects() {
        let generator = SyntheticProjectGenerator(seed: 1)
        XCTAssertNotEqual(generator.project(1).files[0].contents, generator.project(2).files[0].contents)
        XCTAssertNotEqual(generator.project(1).files[0].contents, SyntheticProjectGenerator(seed: 2).project(1).files[0].contents)
    }

    func testGeneratedProjectsCheckWithoutAnyDiagnostic() throws {
        let pipeline = try PipelineFixture.preparedPipeline()
        let folder = try PipelineFixture.scratchFolder(self)
        for project in try SyntheticProjectGenerator(seed: 3).writeProjects(count: 4, into: folder) {
            let result = pipeline.check(projectAt: project)
            XCTAssertEqual(result.diagnostics.map(\.description), [], project.lastPathComponent)
            let summary = try XCTUnwrap(result.summary)
            XCTAssertTrue((5...60).contains(summary.program), "\(summary)")
            XCTAssertGreaterThanOrEqual(summary.kegiatan, 2 * summary.program)
            XCTAssertLessThanOrEqual(summary.kegiatan, 15 * summary.program)
            XCTAssertGreaterThan(summary.csvRows, summary.kegiatan, "full realisation CSVs")
        }
    }
}
