import RenjaDocument
import RenjaXML
import XCTest

@testable import RenjaWriters

/// Any text the tree holds comes back unchanged when the written output is parsed: the
/// writers put text only into text nodes and the serializer escapes it.
final class TextRoundTripTests: XCTestCase {
    /// Pieces of text that break naive markup building or whitespace handling.
    private static let tokens = [
        "a", "Z", "0", " ", "  ", "&", "<", ">", "\"", "'", "]", "]]>", "\t", "\n", "\r", "é", "×", "%", "-->", "<!--",
        "&amp;", "\u{00A0}", "😀", "#", ";", "=",
    ]

    /// A small deterministic generator (a linear congruential one), so failures reproduce.
    private struct Generator {
        var state: UInt64

        mutating func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private func samples(count: Int) -> [String] {
        var generator = Generator(state: 2020)
        return (0..<count).map { _ in
            (0..<(1 + generator.next(below: 16))).map { _ in Self.tokens[generator.next(below: Self.tokens.count)] }.joined()
        }
    }

    private func document(text: String) -> Document {
        let table = Table(id: "t", caption: [text], header: [Row(cells: [Cell(text: text)])], body: [Row(cells: [Cell(text: text)])])
        return Document(
            coverLines: [text], title: text,
            sections: [Section(id: "s", kind: .chapter, number: "I", title: text, blocks: [.paragraph([.text(text)]), .table(table)])])
    }

    func testParagraphCellAndTitleTextSurviveDocBook() throws {
        for text in samples(count: 200) {
            let parsed = try XMLTreeParser.parse(DocBookWriter().renderedText(document(text: text)), fileName: "renja.xml")
            let chapter = try XCTUnwrap(parsed.descendants(named: "chapter").first)
            XCTAssertEqual(chapter.childElements.first?.textContent, text, "title")
            XCTAssertEqual(chapter.childElements.first { $0.name == "para" }?.textContent, text, "para")
            XCTAssertEqual(parsed.descendants(named: "entry").map(\.textContent), [text, text], "entries")
        }
    }

    func testParagraphCellAndTitleTextSurviveHTML() throws {
        let doctype = "<!DOCTYPE html>\n"
        for text in samples(count: 200) {
            let rendered = try HTMLWriter().renderedText(document(text: text))
            let parsed = try XMLTreeParser.parse(String(rendered.dropFirst(doctype.count)), fileName: "renja.html")
            XCTAssertEqual(parsed.descendants(named: "title").first?.textContent, text, "title")
            XCTAssertEqual(parsed.descendants(named: "p").map(\.textContent), [text, text], "cover line and paragraph")
            XCTAssertEqual(parsed.descendants(named: "th").first?.textContent, text, "header cell")
            XCTAssertEqual(parsed.descendants(named: "td").first?.textContent, text, "body cell")
        }
    }

    /// Text XML cannot hold is the loader's to reject with a position; the writers do not hide
    /// it, and rendering reports it instead of writing a broken file.
    func testControlCharacterIsReportedByRenderingNotDropped() {
        let text = "a\u{0007}b"
        XCTAssertThrowsError(try DocBookWriter().renderedText(document(text: text))) { error in
            guard case let .disallowedCharacter(scalar, _, _, _) = error as? XMLSerializationError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(scalar, "\u{0007}")
        }
        XCTAssertThrowsError(try HTMLWriter().renderedText(document(text: text)))
    }
}
