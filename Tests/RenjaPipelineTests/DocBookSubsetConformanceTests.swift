import Foundation
import RenjaPipeline
import RenjaSynthetic
import RenjaXML
import XCTest

/// Every build validates against renja's DocBook grammar (the pipeline's default schema);
/// these builds are also validated against the official DocBook 5.0 schema, so that the
/// grammar stays a subset of DocBook 5.0 over the shapes renja writes: the seed, the
/// minimal example, generated projects of several seeds, and hostile names.
final class DocBookSubsetConformanceTests: XCTestCase {
    private static let official = Result { () throws(XMLParseFailure) in try RelaxNGSchema(path: PipelineFixture.repository.appendingPathComponent("Tests/Schemas/docbook-5.0.rng").path) }

    func testThePipelineValidatesAgainstRenjasGrammarByDefault() throws {
        XCTAssertEqual(try PipelineFixture.preparedPipeline().schema.source, try RelaxNGSchema.renjaDocBook().source)
    }

    func testTheSeedIsValidUnderBoth() throws {
        try assertBuildIsValidUnderBoth(PipelineFixture.seedProject)
    }

    func testTheMinimalExampleIsValidUnderBoth() throws {
        try assertBuildIsValidUnderBoth(RenjaProcess.minimalExample)
    }

    func testGeneratedProjectsOfSeveralSeedsAreValidUnderBoth() throws {
        let folder = try PipelineFixture.scratchFolder(self)
        for seed: UInt64 in [1, 7, 42] {
            let projects = try SyntheticProjectGenerator(seed: seed).writeProjects(count: 5, into: folder.appendingPathComponent("seed-\(seed)"))
            for project in projects {
                try assertBuildIsValidUnderBoth(project)
            }
        }
    }

    func testHostileNamesAreValidUnderBoth() throws {
        let project = try PipelineFixture.scratchFolder(self).appendingPathComponent("hostile")
        try HostileEscapingTests.makeHostileProject(at: project)
        try assertBuildIsValidUnderBoth(project)
    }

    /// Builds `project` (which validates it against the pipeline's schema) and validates its
    /// `renja.xml` against the official DocBook 5.0 schema.
    private func assertBuildIsValidUnderBoth(_ project: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try PipelineFixture.preparedPipeline().build(projectAt: project)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], project.lastPathComponent, file: file, line: line)
        let docBook = try XCTUnwrap(result.outputs?.first { $0.name == Pipeline.docBookFileName }, file: file, line: line)
        let issues = try Self.official.get().validate(String(decoding: docBook.contents, as: UTF8.self), fileName: Pipeline.docBookFileName)
        XCTAssertEqual(issues.map(\.description), [], "\(project.lastPathComponent) against DocBook 5.0", file: file, line: line)
    }
}
