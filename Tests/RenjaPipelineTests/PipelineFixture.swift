import Foundation
import RenjaPipeline
import XCTest

/// The checkout's default templates and seed project, one prepared pipeline for all tests,
/// and scratch folders that are removed after each test.
enum PipelineFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedProject = repository.appendingPathComponent("input/jatiroto-2020")

    /// Prepared once: templates and schema do not depend on the project.
    static let pipeline: Pipeline? = Pipeline.prepare(templatesDirectory: repository.appendingPathComponent("templates")).0

    static func preparedPipeline() throws -> Pipeline {
        try XCTUnwrap(pipeline, "the default templates or the DocBook schema do not load")
    }

    static func scratchFolder(_ test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("renja-pipeline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
