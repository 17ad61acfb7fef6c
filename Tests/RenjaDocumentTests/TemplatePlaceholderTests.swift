import RenjaDocument
import RenjaModel
import XCTest

/// Placeholders and template white space are scanned by bytes for speed; these pin the cases
/// where bytes and Characters could disagree (non-ASCII text, CRLF sources, odd paths).
final class TemplatePlaceholderTests: XCTestCase {
    private typealias Support = TemplateTestSupport

    private func diagnostics(body: String, fields: [String: TemplateValue] = [:]) -> [String] {
        Support.fill(body: body, fields: fields).1.map(\.description)
    }

    private func paragraphs(body: String, fields: [String: TemplateValue]) -> [Block]? {
        let (document, diagnostics) = Support.fill(body: body, fields: fields)
        XCTAssertEqual(diagnostics, [])
        return document?.sections.first?.blocks
    }

    func testPlaceholderAfterNonASCIIText() {
        XCTAssertEqual(
            paragraphs(body: "<para>Kecamatan “{{nama}}” — ²</para>", fields: ["nama": .text("Jatiroto")]),
            [.paragraph([.text("Kecamatan “Jatiroto” — ²")])])
    }

    func testUnknownPlaceholderOnALaterLineAfterNonASCIIText() {
        XCTAssertEqual(
            diagnostics(body: "<para>Rencana “kerja” ²\n  — {{tahun.n}}</para>"),
            ["templates/bab-1.xml:4:5: error: unknown placeholder 'tahun.n'"])
    }

    func testBlanksAroundAPathAreIgnored() {
        XCTAssertEqual(
            paragraphs(body: "<para>{{ nama\t}}</para>", fields: ["nama": .text("x")]),
            [.paragraph([.text("x")])])
    }

    func testNonASCIIBlanksAroundAPathAreIgnoredToo() {
        XCTAssertEqual(
            paragraphs(body: "<para>{{\u{00A0}nama\u{2003}}}</para>", fields: ["nama": .text("x")]),
            [.paragraph([.text("x")])])
        XCTAssertEqual(
            diagnostics(body: "<para>x {{a\u{00A0}b}}</para>"),
            ["templates/bab-1.xml:3:9: error: '{{a\u{00A0}b}}' is not a placeholder path"])
    }

    func testPathsThatAreNotDottedNames() {
        for path in ["a b", "a..b", ".a", "a.", "a+b", "", " "] {
            XCTAssertEqual(
                diagnostics(body: "<para>x {{\(path)}}</para>"),
                ["templates/bab-1.xml:3:9: error: '{{\(path)}}' is not a placeholder path"], path)
        }
    }

    func testANonASCIILetterIsAPathLetter() {
        XCTAssertEqual(diagnostics(body: "<para>{{namá}}</para>"), ["templates/bab-1.xml:3:7: error: unknown placeholder 'namá'"])
    }

    func testThreeBracesStartAtTheFirstPair() {
        XCTAssertEqual(diagnostics(body: "<para>{{{a}}</para>"), ["templates/bab-1.xml:3:7: error: '{{{a}}' is not a placeholder path"])
    }

    func testUnicodeWhiteSpaceFoldsLikeASCII() {
        XCTAssertEqual(
            paragraphs(body: "<para>a\u{00A0}\u{2003} b\n\t c\u{85}“d”</para>", fields: [:]),
            [.paragraph([.text("a b c “d”")])])
    }

    func testPlaceholderColumnInACRLFTemplate() {
        // Bug found: the source was split into lines by Characters, and "\r\n" is one Character,
        // so a CRLF template was one line and every placeholder was reported at column 1.
        let body = "<para>Renja\r\n    {{tahun.n}}</para>"
        let (set, parseDiagnostics) = TemplateSet.parse([
            Support.outline(chapters: ["bab-1.xml"]),
            Support.source("bab-1.xml", "<chapter \(Support.namespaces) xml:id=\"bab-1\">\r\n<title>T</title>\r\n\(body)\r\n</chapter>\r\n"),
        ])
        XCTAssertEqual(parseDiagnostics, [])
        guard let set else { return XCTFail("the templates parse") }
        let diagnostics = DocumentBuilder().build(context: TemplateContext(fields: [:]), templates: set, blocks: [:]).1
        XCTAssertEqual(diagnostics.map(\.description), ["templates/bab-1.xml:4:5: error: unknown placeholder 'tahun.n'"])
    }
}
