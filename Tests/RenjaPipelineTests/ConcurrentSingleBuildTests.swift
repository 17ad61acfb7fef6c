import Foundation
import RenjaModel
import RenjaPipeline
import RenjaSynthetic
import XCTest

/// A single build runs on two threads (the project loaded while the pipeline is prepared, the
/// HTML written beside the DocBook): it must give what the stages one after the other give,
/// byte for byte and diagnostic for diagnostic, and fail as they fail.
final class ConcurrentSingleBuildTests: XCTestCase {
    /// The stages one after the other on one thread, as before they were overlapped.
    private func sequentialBuild(of project: URL) throws -> BuildResult {
        var pipeline = try Repository.preparedPipeline()
        pipeline.writesConcurrently = false
        return pipeline.build(Pipeline.load(projectAt: project), projectAt: project)
    }

    /// What `renja build` does now: prepare beside load, then the stages, writing on two threads.
    private func concurrentBuild(of project: URL) throws -> BuildResult {
        let (prepared, diagnostics, loaded) = Pipeline.prepare(templatesDirectory: Repository.templates, loadingProjectAt: project)
        XCTAssertEqual(diagnostics, [])
        let pipeline = try XCTUnwrap(prepared)
        XCTAssertTrue(pipeline.writesConcurrently)
        return pipeline.build(loaded, projectAt: project)
    }

    func testTheSeedBuildsToTheSameBytesAndDiagnosticsInTheSameOrder() throws {
        let sequential = try sequentialBuild(of: Repository.jatiroto)
        let concurrent = try concurrentBuild(of: Repository.jatiroto)
        XCTAssertGreaterThan(sequential.diagnostics.count, 1, "the seed's warnings make the order worth comparing")
        XCTAssertEqual(concurrent.diagnostics, sequential.diagnostics)
        XCTAssertEqual(concurrent.inputFiles, sequential.inputFiles)
        let outputs = try XCTUnwrap(concurrent.outputs)
        XCTAssertEqual(outputs.map(\.name), [Pipeline.htmlFileName, Pipeline.docBookFileName])
        XCTAssertEqual(outputs, sequential.outputs)
    }

    func testGeneratedProjectsBuildToTheSameBytes() throws {
        let folder = try PipelineFixture.scratchFolder(self)
        for project in try SyntheticProjectGenerator(seed: 1).writeProjects(count: 3, into: folder) {
            let sequential = try sequentialBuild(of: project)
            let concurrent = try concurrentBuild(of: project)
            XCTAssertEqual(concurrent.diagnostics, sequential.diagnostics, project.lastPathComponent)
            XCTAssertNotNil(concurrent.outputs, project.lastPathComponent)
            XCTAssertEqual(concurrent.outputs, sequential.outputs, project.lastPathComponent)
        }
    }

    func testTheSameDocumentRendersAlikeOnOneThreadAndOnTwo() throws {
        let pipeline = try Repository.preparedPipeline()
        let loaded = Pipeline.load(projectAt: Repository.jatiroto)
        let plan = try XCTUnwrap(loaded.plan)
        let (figures, _) = pipeline.compute(plan)
        let document = try XCTUnwrap(pipeline.fill(plan, figures, projectAt: Repository.jatiroto).0)
        let oneThread = DocumentRenderer(schema: pipeline.schema, writesConcurrently: false).render(document, htmlName: "a.html", docBookName: "a.xml")
        let twoThreads = DocumentRenderer(schema: pipeline.schema).render(document, htmlName: "a.html", docBookName: "a.xml")
        XCTAssertEqual(twoThreads.1, oneThread.1)
        XCTAssertNotNil(twoThreads.0)
        XCTAssertEqual(twoThreads.0, oneThread.0)
    }

    func testABatchWritesEachProjectOnItsWorkersThread() throws {
        let pipeline = try Repository.preparedPipeline()
        XCTAssertTrue(pipeline.writesConcurrently, "a single build writes on two threads")
        XCTAssertFalse(BatchBuilder(pipeline: pipeline).pipeline.writesConcurrently)
    }

    func testABadProjectBesideGoodTemplatesReportsTheLoadsDiagnostics() throws {
        let project = try brokenSeed()
        let (prepared, diagnostics, loaded) = Pipeline.prepare(templatesDirectory: Repository.templates, loadingProjectAt: project)
        XCTAssertEqual(diagnostics, [])
        let pipeline = try XCTUnwrap(prepared)
        XCTAssertNil(loaded.plan)
        XCTAssertEqual(loaded.diagnostics, Pipeline.load(projectAt: project).diagnostics)
        XCTAssertEqual(loaded.diagnostics.map(\.message), ["expected a whole number for 'tahun', found 'duaribu'"])
        let result = pipeline.build(loaded, projectAt: project)
        XCTAssertNil(result.outputs, "bad input writes nothing")
        XCTAssertEqual(result.diagnostics, loaded.diagnostics)
    }

    func testBadTemplatesBesideAGoodProjectReportOnlyThePreparationsDiagnostics() throws {
        let templates = try brokenTemplates()
        let (prepared, diagnostics, loaded) = Pipeline.prepare(templatesDirectory: templates, loadingProjectAt: Repository.jatiroto)
        XCTAssertNil(prepared)
        XCTAssertFalse(diagnostics.isEmpty)
        XCTAssertEqual(diagnostics, Pipeline.prepare(templatesDirectory: templates).1)
        XCTAssertNotNil(loaded.plan, "the load does not depend on the templates")
    }

    func testTheCommandLinePrintsOnlyThePreparationsDiagnosticsWhenTheTemplatesAreBad() throws {
        let templates = try brokenTemplates()
        let out = try PipelineFixture.scratchFolder(self).appendingPathComponent("out")
        let run = try RenjaProcess.run(
            ["build", Repository.jatiroto.path, "--out", out.path, "--templates", templates.path], in: Repository.root, namingTemplates: false
        )
        XCTAssertEqual(run.exitCode, 1)
        XCTAssertEqual(run.standardOutput, "")
        let lines = run.standardError.split(separator: "\n")
        XCTAssertFalse(lines.isEmpty)
        XCTAssertTrue(lines.allSatisfy { $0.contains("outline.xml") }, run.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "a failed preparation writes nothing")
    }

    /// Printed sorted by location (`DiagnosticPrinter`): the schema's error, which has none, first.
    func testTheCommandLinePrintsTheSchemasAndTheTemplatesDiagnosticsAndNothingOfTheProject() throws {
        let templates = try brokenTemplates()
        let project = try brokenSeed()
        let out = project.deletingLastPathComponent().appendingPathComponent("out")
        let missingSchema = project.appendingPathComponent("missing.rng").path
        let run = try RenjaProcess.run(
            ["build", project.path, "--out", out.path, "--templates", templates.path, "--schema", missingSchema],
            in: Repository.root, namingTemplates: false
        )
        XCTAssertEqual(run.exitCode, 1)
        let lines = run.standardError.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 1, run.standardError)
        XCTAssertEqual(lines.first?.hasPrefix("error: cannot load the DocBook schema '\(missingSchema)'"), true, run.standardError)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.contains("outline.xml") }, run.standardError)
        XCTAssertFalse(run.standardError.contains("renja.yaml"), "the project's diagnostics are not printed when the pipeline cannot be prepared")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    /// A copy of the seed whose `tahun` is not a number: one load error.
    private func brokenSeed() throws -> URL {
        let project = try PipelineFixture.scratchFolder(self).appendingPathComponent("broken")
        try FileManager.default.copyItem(at: Repository.jatiroto, to: project)
        let spec = project.appendingPathComponent("renja.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntahun: 2020\n", with: "\ntahun: duaribu\n").write(to: spec, atomically: true, encoding: .utf8)
        return project
    }

    /// A copy of the default templates whose outline is not well-formed XML.
    private func brokenTemplates() throws -> URL {
        let templates = try PipelineFixture.scratchFolder(self).appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        try "<outline><bab>\n".write(to: templates.appendingPathComponent("outline.xml"), atomically: true, encoding: .utf8)
        return templates
    }
}
