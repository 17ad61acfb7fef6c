import Foundation
import RenjaPipeline
import XCTest

/// `--schema PATH` replaces renja's grammar; an output that schema refuses is an error at its
/// line in `renja.xml`, naming the schema, and nothing is written.
final class NamedDocBookSchemaTests: XCTestCase {
    /// A pipeline whose schema allows nothing but an empty `article`, and that schema's path.
    private func articleOnlyPipeline() throws -> (pipeline: Pipeline, schemaPath: String) {
        let schemaPath = try PipelineFixture.scratchFolder(self).appendingPathComponent("article-only.rng").path
        try """
            <element name="article" ns="http://docbook.org/ns/docbook" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>
            """.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        let (prepared, prepareDiagnostics) = Pipeline.prepare(
            templatesDirectory: PipelineFixture.repository.appendingPathComponent("templates"), docBookSchemaPath: schemaPath)
        XCTAssertEqual(prepareDiagnostics, [])
        return (try XCTUnwrap(prepared), schemaPath)
    }

    func testAnOutputTheNamedSchemaRefusesIsAnErrorAtItsLine() throws {
        let (pipeline, schemaPath) = try articleOnlyPipeline()
        XCTAssertEqual(pipeline.schema.name, schemaPath)

        let result = pipeline.build(projectAt: RenjaProcess.minimalExample)

        XCTAssertNil(result.outputs)
        let error = try XCTUnwrap(result.diagnostics.first { $0.severity == .error })
        XCTAssertTrue(error.message.hasPrefix("the DocBook output does not validate against \(schemaPath): "), error.message)
        XCTAssertEqual(error.location?.file, "renja.xml")
        XCTAssertEqual(error.location?.line, 2, "the <book> element, after the XML declaration")
    }

    /// `renja check --schema` with a schema the output fails passed, and `build` then failed:
    /// a check is the build without the writing.
    func testACheckRefusesWhatTheBuildRefuses() throws {
        let result = try articleOnlyPipeline().pipeline.check(projectAt: RenjaProcess.minimalExample)
        XCTAssertTrue(result.fails(strict: false))
        XCTAssertNotNil(result.summary, "the project itself loaded")
    }

    func testAMissingNamedSchemaStopsThePreparation() throws {
        let (pipeline, diagnostics) = Pipeline.prepare(
            templatesDirectory: PipelineFixture.repository.appendingPathComponent("templates"), docBookSchemaPath: "/nonexistent/docbook.rng")
        XCTAssertNil(pipeline)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics[0].message.hasPrefix("cannot load the DocBook schema '/nonexistent/docbook.rng': "), diagnostics[0].message)
    }
}
