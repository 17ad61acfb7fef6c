import Foundation
import RenjaModel
import RenjaPipeline
import XCTest

/// A spec's `teks` key that no template refers to prints nowhere: a misspelt key lost its
/// paragraphs without a word.
final class UnusedTeksTests: XCTestCase {
    /// A copy of the minimal example with `teks` (YAML lines) appended to its spec, the line
    /// number of the first of them, and a project `templates/` folder holding `templates`.
    private func project(teks: String, templates: [String: String] = [:]) throws -> (project: URL, firstLine: Int) {
        let project = try PipelineFixture.scratchFolder(self).appendingPathComponent("proyek")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("docs/examples/minimal"), to: project)
        let spec = project.appendingPathComponent("renja.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try (text + teks).write(to: spec, atomically: true, encoding: .utf8)
        if !templates.isEmpty {
            let folder = project.appendingPathComponent("templates")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, template) in templates {
                try template.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }
        return (project, text.filter { $0 == "\n" }.count + 1)
    }

    func testAKeyNoTemplateRefersToIsAWarningAtTheKeyWithTheKeyMeant() throws {
        let (project, firstLine) = try project(teks: "teks:\n  latar_belakng: Paragraf tambahan.\n  latar_belakang: Dicetak.\n")
        let result = try Repository.preparedPipeline().build(projectAt: project)
        XCTAssertNotNil(result.outputs, "a warning does not stop the build")
        let warnings = result.diagnostics.filter { $0.description.contains("teks.") }
        XCTAssertEqual(warnings.map(\.message), [
            "teks.latar_belakng is referred to by no template, so its text is printed nowhere; did you mean 'latar_belakang'?",
        ])
        XCTAssertEqual(warnings.first?.location?.line, firstLine + 1)
        XCTAssertEqual(warnings.first?.location?.column, 3)
    }

    func testAKeyAProjectTemplateRefersToIsUsed() throws {
        let chapter = """
            <chapter xmlns="http://docbook.org/ns/docbook" xmlns:r="urn:renja:template" xml:id="bab-5">
            <title>PENUTUP</title>
            <r:each select="teks.catatan_penutup" as="p"><para>{{p}}</para></r:each>
            </chapter>
            """
        let (project, _) = try project(teks: "teks:\n  catatan_penutup: Dicetak di BAB V.\n", templates: ["bab-5.xml": chapter])
        let result = try Repository.preparedPipeline().build(projectAt: project)
        XCTAssertEqual(result.diagnostics.filter { $0.description.contains("teks.") }, [])
        let html = try XCTUnwrap(result.outputs?.first { $0.name == "renja.html" })
        XCTAssertTrue(String(decoding: html.contents, as: UTF8.self).contains("Dicetak di BAB V."))
    }
}
