import Foundation
import RenjaXML
import RenjaSynthetic
import XCTest

final class XMLTreeParserTests: XCTestCase {
    private let serializer = XMLSerializer()

    private func parseFailure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            let tree = try XMLTreeParser.parse(text, fileName: "t.xml")
            XCTFail("parsed: \(tree)", file: file, line: line)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    func testTrickyTextAndAttributesSurviveSerializeAndParse() throws {
        let tricky = #"& < > " ' ]]> Rp4.175.000.000,00 — é"#
        let root = XMLElement(
            "p", attributes: [.init("title", tricky + "\n\ttab"), .init("xml:id", "p1")],
            children: [.text(tricky + "\r\n\r"), .element(XMLElement("b", children: [.text(tricky)])), .text(" ")])
        let parsed = try XMLTreeParser.parse(try serializer.serialize(root), fileName: "t.xml")
        XCTAssertEqual(parsed.removingPositions(), root)
    }

    func testAnXMLIDIsReadWithoutTheWhiteSpaceAroundIt() throws {
        // libxml2 accepts these (the name inside is an NCName) but reports them as written.
        let parsed = try XMLTreeParser.parse(#"<a xml:id=" x "><b xml:id="&#9;y&#10;" title=" z "/></a>"#, fileName: "t.xml")
        XCTAssertEqual(parsed.attribute("xml:id"), "x")
        guard case .element(let inner)? = parsed.children.first else { return XCTFail("no <b>: \(parsed)") }
        XCTAssertEqual(inner.attribute("xml:id"), "y")
        XCTAssertEqual(inner.attribute("title"), " z ", "other attributes keep their spaces")
    }

    func testDocBookWithMathMLAndXLinkReadsBackEqual() throws {
        let math = XMLElement(
            "math", namespace: XMLNamespaceURI.mathML,
            children: [.element(XMLElement("mfrac", children: [
                .element(XMLElement("mi", children: [.text("realisasi")])),
                .element(XMLElement("mi", children: [.text("target")])),
            ]))])
        let root = XMLElement(
            "article", namespace: XMLNamespaceURI.docBook, attributes: [.init("version", "5.0"), .init("xml:id", "a")],
            children: [
                .element(XMLElement("para", children: [
                    .element(XMLElement("link", attributes: [.init("xlink:href", "#a")], children: [.text("lihat")])),
                    .element(XMLElement("inlineequation", children: [.element(math)])),
                ])),
            ])
        let parsed = try XMLTreeParser.parse(try serializer.serialize(root), fileName: "t.xml")
        XCTAssertEqual(parsed.removingPositions(), root)
    }

    func testPrefixedElementsReadAsLocalNameInTheirNamespace() throws {
        let parsed = try XMLTreeParser.parse(
            #"<d:para xmlns:d="http://docbook.org/ns/docbook"><m:mi xmlns:m="http://www.w3.org/1998/Math/MathML"/></d:para>"#,
            fileName: "t.xml")
        XCTAssertEqual(
            parsed.removingPositions(),
            XMLElement("para", namespace: XMLNamespaceURI.docBook, children: [.element(XMLElement("mi", namespace: XMLNamespaceURI.mathML))]))
    }

    func testPolyglotHTMLReadsBack() throws {
        let root = XMLElement(
            "html", namespace: XMLNamespaceURI.xhtml,
            children: [.element(XMLElement("body", children: [
                .element(XMLElement("td")), .element(XMLElement("br")), .element(XMLElement("p", children: [.text("a")])),
            ]))])
        let html = try XMLSerializer(flavor: .html5Polyglot).serialize(root)
        XCTAssertEqual(try XMLTreeParser.parse(html, fileName: "t.html").removingPositions(), root)
    }

    func testPositionsOfElementsAndTextRuns() throws {
        let source = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml"><p>a &amp; <![CDATA[<b>]]><!--c-->z</p>
              <p
              class="x">é<br/></p></html>
            """
        let html = try XMLTreeParser.parse(source, fileName: "t.html")
        XCTAssertEqual(html.position, XMLPosition(line: 2, column: 1))
        guard case let .element(first) = html.children[0], case let .text(whitespace, whitespaceStart) = html.children[1],
            case let .element(second) = html.children[2]
        else {
            return XCTFail("unexpected shape: \(html)")
        }
        XCTAssertEqual(first.position, XMLPosition(line: 2, column: 44))
        XCTAssertEqual(first.children, [.text("a & <b>z", position: XMLPosition(line: 2, column: 47))])
        XCTAssertEqual(whitespace, "\n  ")
        XCTAssertEqual(whitespaceStart, XMLPosition(line: 2, column: 83))
        XCTAssertEqual(second.position, XMLPosition(line: 3, column: 3))
        XCTAssertEqual(second.children, [
            .text("é", position: XMLPosition(line: 4, column: 13)),
            .element(XMLElement("br", position: XMLPosition(line: 4, column: 14))),
        ])
    }

    func testCRLFLineEndsCountAsOneLine() throws {
        let parsed = try XMLTreeParser.parse("<a>\r\n<b/>\r\n\r\n  <c/></a>", fileName: "t.xml")
        let positions = parsed.children.compactMap { child -> XMLPosition? in
            if case let .element(element) = child { element.position } else { nil }
        }
        XCTAssertEqual(positions, [XMLPosition(line: 2, column: 1), XMLPosition(line: 4, column: 3)])
    }

    /// Columns count Unicode scalars, whatever their length in UTF-8 (the scan reads bytes);
    /// a combining mark is a scalar of its own, and a quoted `>` does not end a tag.
    func testColumnsCountScalarsNotBytes() throws {
        let parsed = try XMLTreeParser.parse("<a t='>€'>é€𝑥e\u{301}<b/>\r𝑥<c/></a>", fileName: "t.xml")
        XCTAssertEqual(parsed.children, [
            .text("é€𝑥e\u{301}", position: XMLPosition(line: 1, column: 11)),
            .element(XMLElement("b", position: XMLPosition(line: 1, column: 16))),
            .text("\n𝑥", position: XMLPosition(line: 1, column: 20)),
            .element(XMLElement("c", position: XMLPosition(line: 2, column: 2))),
        ])
    }

    func testCollectsEveryWellFormednessErrorWithLineAndColumn() {
        XCTAssertEqual(parseFailure("<a><b></a></b>"), [
            "t.xml:1:11: Opening and ending tag mismatch: b line 1 and a",
            "t.xml:1:15: Opening and ending tag mismatch: a line 1 and b",
        ])
        XCTAssertEqual(parseFailure("<a>\n<b x='1' x='2'/>\n</a>"), ["t.xml:2:15: Attribute x redefined"])
        XCTAssertEqual(parseFailure("<a>\n  <b>x</a>"), [
            "t.xml:2:11: Opening and ending tag mismatch: b line 2 and a",
            "t.xml:2:11: Premature end of data in tag a line 1",
        ])
        XCTAssertEqual(parseFailure("<a>\u{1}</a>"), ["t.xml:1:4: PCDATA invalid Char value 1"])
        XCTAssertEqual(parseFailure("<x:a/>"), ["t.xml:1:5: Namespace prefix x on a is not defined"])
        XCTAssertEqual(parseFailure(""), ["t.xml:1:1: Document is empty"])
        XCTAssertEqual(parseFailure("<a>\u{0}</a>").count, 1, "a NUL in a Swift string reaches libxml2 and is refused")
    }

    func testUndeclaredEntityIsAnError() {
        XCTAssertEqual(parseFailure("<a>\n&nbsp;</a>"), ["t.xml:2:7: Entity 'nbsp' not defined"])
        XCTAssertEqual(parseFailure("<!DOCTYPE html>\n<html>&nbsp;</html>"), ["t.xml:2:13: Entity 'nbsp' not defined"])
    }

    func testExternalEntityIsRefusedAndNeverRead() throws {
        // If libxml2 read the entity's file, its malformed content would add an error.
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("renja-xxe-\(UUID().uuidString).txt")
        try "<unclosed".write(to: target, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: target) }
        let issues = parseFailure("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"\(target.absoluteString)\">]>\n<x>&e;</x>")
        XCTAssertEqual(issues.count, 1)
        XCTAssertTrue(issues[0].hasPrefix("t.xml:2:1: DOCTYPE declarations and external DTDs are not allowed"), issues[0])
        XCTAssertEqual(parseFailure("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>").count, 1)
    }

    func testInternalEntityDeclarationsAreRefused() {
        let issues = parseFailure(#"<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>"#)
        XCTAssertEqual(issues.count, 1)
        XCTAssertTrue(issues[0].hasPrefix("t.xml:1:1: DOCTYPE declarations"), issues[0])
    }

    func testDoctypeNamingANetworkDTDIsRefusedWithoutFetchingIt() {
        let issues = parseFailure("""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"/>
            """)
        XCTAssertEqual(issues.count, 1)
        XCTAssertTrue(issues[0].hasPrefix("t.xml:1:1: DOCTYPE declarations"), issues[0])
    }

    func testUndeclaringTheDefaultNamespaceIsRefused() {
        XCTAssertEqual(
            parseFailure("<a xmlns='urn:a'><b xmlns=''/></a>"),
            [#"t.xml:1:18: element <b> leaves its parent's namespace (xmlns=""); not supported"#])
    }

    func testParsesFromManyThreadsAtOnce() {
        let failures = (0..<16).map { "<a>\n<b>\($0)</a>" }
        let counts = ManagedCounts()
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            do throws(XMLParseFailure) {
                _ = try XMLTreeParser.parse(failures[index], fileName: "\(index).xml")
            } catch {
                // Each parse must see exactly its own errors, never another thread's.
                if error.issues.allSatisfy({ $0.file == "\(index).xml" }), error.issues.count == 2 {
                    counts.increment()
                }
            }
        }
        XCTAssertEqual(counts.value, 16)
    }

    func testRandomTextSurvivesSerializeAndParse() throws {
        var generator = SplitMix64(seed: 2020)
        let alphabet: [String] = [
            "a", "Z", "0", " ", "\t", "\n", "\r", "\r\n", "&", "<", ">", "\"", "'", "]]>", "]]", "<!--", "-->", "&amp;",
            "&#x41;", "<?", "?>", "é", "—", "Rp", ".", ",", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{FFFD}",
            "😀", "🇮🇩", "e\u{301}", "\u{10FFFF}", "{{", "}}",
        ]
        func randomText() -> String {
            (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
        }
        for iteration in 0..<300 {
            let text = randomText()
            let attribute = randomText()
            let root = XMLElement(
                "p", attributes: [.init("title", attribute)],
                children: text.isEmpty ? [] : [.text(text)])
            let xml = try serializer.serialize(root)
            let parsed = try XMLTreeParser.parse(xml, fileName: "random-\(iteration).xml")
            XCTAssertEqual(parsed.removingPositions(), root, "iteration \(iteration): \(xml.debugDescription)")
        }
    }
}

/// A counter shared by the threads of a concurrency test.
private final class ManagedCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
