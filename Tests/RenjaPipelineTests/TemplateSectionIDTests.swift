import Foundation
import RenjaDocument
import RenjaModel
import RenjaPipeline
import XCTest

/// The ids of a project template's sections, as a valid DocBook needs them whatever the template
/// writes. Both cases were accepted templates whose DocBook did not validate (FuzzTemplate's
/// contract: an accepted template always writes).
final class TemplateSectionIDTests: XCTestCase {
    /// The DocBook of the minimal example with `body` as BAB I, or a failure naming the diagnostics.
    private func docBook(withChapterBody body: String) throws -> String {
        let pipeline = try Repository.preparedPipeline()
        let plan = try XCTUnwrap(Pipeline.load(projectAt: Repository.root.appendingPathComponent("docs/examples/minimal")).plan)
        let template = """
            <chapter xmlns="http://docbook.org/ns/docbook" xmlns:r="urn:renja:template" xml:id="bab-1">
            <title>PENDAHULUAN</title>
            \(body)
            </chapter>
            """
        let (document, fillDiagnostics) = pipeline.fill(
            plan, pipeline.compute(plan).0, overrides: [TemplateSource(name: "bab-1.xml", path: "templates/bab-1.xml", text: template)])
        let (outputs, writeDiagnostics) = pipeline.write(try XCTUnwrap(document, "\(fillDiagnostics)"))
        let written = try XCTUnwrap(outputs?.first { $0.name == Pipeline.docBookFileName }, "\(writeDiagnostics)")
        return String(decoding: written.contents, as: UTF8.self)
    }

    func testASectionWithoutAnIDKeepsClearOfTheIDsTemplatesWrite() throws {
        // The second sub-section of bab-1, unnamed, would be `bab-1-2`: the first one's id.
        let written = try docBook(withChapterBody: """
            <section xml:id="bab-1-2"><title>A</title><para><xref linkend="bab-1-2"/></para></section>
            <section><title>B</title><para>b</para></section>
            """)
        XCTAssertTrue(written.contains(#"<section xml:id="bab-1-2" label="1.1">"#), written)
        XCTAssertTrue(written.contains(#"<section xml:id="bab-1-2_2" label="1.2">"#), written)
    }

    func testAnIDWrittenWithWhiteSpaceAroundItIsTheNameInside() throws {
        let written = try docBook(withChapterBody: """
            <section xml:id=" tambahan&#9;"><title>A</title><para><xref linkend="tambahan"/></para></section>
            """)
        XCTAssertTrue(written.contains(#"<section xml:id="tambahan" label="1.1">"#), written)
        XCTAssertTrue(written.contains(#"<link linkend="tambahan">1.1</link>"#), written)
    }
}
