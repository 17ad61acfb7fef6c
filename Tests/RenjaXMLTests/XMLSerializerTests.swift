import Foundation
import RenjaXML
import XCTest

final class XMLSerializerTests: XCTestCase {
    private let plain = XMLSerializer(writesXMLDeclaration: false)

    func testEscapesTextAndAttributesThroughLibXML2() throws {
        let root = XMLElement(
            "p", attributes: [.init("title", #"a"b<c>&'d"#)],
            children: [.text(#"x & y < z > w " ' ]]> é"#)])
        XCTAssertEqual(
            try plain.serialize(root),
            #"<p title="a&quot;b&lt;c&gt;&amp;'d">x &amp; y &lt; z &gt; w " ' ]]&gt; é</p>"# + "\n")
    }

    /// The escapes xmlSaveDoc writes for a UTF-8 document (checked with `xmllint --encode
    /// UTF-8`): white space other than the space in attribute values and a carriage return in
    /// text as character references, non-ASCII kept as it is.
    func testEscapesWhiteSpaceAndKeepsUTF8AsXmlSaveDocDoes() throws {
        let root = XMLElement("p", attributes: [.init("t", "a\nb\tc\ré\"<>&'")], children: [.text("x\ry>é")])
        XCTAssertEqual(try plain.serialize(root), #"<p t="a&#10;b&#9;c&#13;é&quot;&lt;&gt;&amp;'">x&#13;y&gt;é</p>"# + "\n")
    }

    /// An element whose only child is an empty text is not empty: `<p></p>`, not `<p/>`.
    func testEmptyTextKeepsTheEndTag() throws {
        XCTAssertEqual(try plain.serialize(XMLElement("p", children: [.text("")])), "<p></p>\n")
    }

    func testBytesAreTheUTF8OfTheText() throws {
        let root = XMLElement("p", children: [.text("Rp 1.000 — é")])
        XCTAssertEqual(try plain.data(root), Data(try plain.serialize(root).utf8))
    }

    func testWritesDeclarationWhenAsked() throws {
        XCTAssertEqual(
            try XMLSerializer().serialize(XMLElement("a")),
            #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<a/>\n")
    }

    func testDocBookRootDeclaresDefaultNamespaceAndChildrenInheritIt() throws {
        let math = XMLElement(
            "math", namespace: XMLNamespaceURI.mathML, children: [.element(XMLElement("mi", children: [.text("x")]))])
        let root = XMLElement(
            "article", namespace: XMLNamespaceURI.docBook, attributes: [.init("version", "5.0")],
            children: [.element(XMLElement("para", children: [.element(XMLElement("inlineequation", children: [.element(math)]))]))])
        XCTAssertEqual(
            try plain.serialize(root),
            #"<article xmlns="http://docbook.org/ns/docbook" version="5.0"><para><inlineequation>"#
                + #"<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></inlineequation></para></article>"#
                + "\n")
    }

    func testChildRepeatingItsParentsNamespaceIsNotRedeclared() throws {
        let root = XMLElement(
            "article", namespace: XMLNamespaceURI.docBook,
            children: [.element(XMLElement("para", namespace: XMLNamespaceURI.docBook))])
        XCTAssertEqual(try plain.serialize(root), #"<article xmlns="http://docbook.org/ns/docbook"><para/></article>"# + "\n")
    }

    func testXMLAndXLinkPrefixedAttributes() throws {
        let root = XMLElement(
            "article", namespace: XMLNamespaceURI.docBook, attributes: [.init("xml:id", "renja")],
            children: [
                .element(XMLElement("link", attributes: [.init("xlink:href", "#bab-1")], children: [.text("BAB I")])),
                .element(XMLElement("link", attributes: [.init("xlink:href", "#bab-2")])),
            ])
        XCTAssertEqual(
            try plain.serialize(root),
            #"<article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" xml:id="renja">"#
                + ##"<link xlink:href="#bab-1">BAB I</link><link xlink:href="#bab-2"/></article>"## + "\n")
    }

    func testRejectsUnknownAttributePrefixDuplicatesAndBadNames() {
        XCTAssertThrowsError(try plain.serialize(XMLElement("a", attributes: [.init("foo:bar", "1")]))) {
            XCTAssertEqual($0 as? XMLSerializationError, .unsupportedAttributePrefix("foo", attribute: "foo:bar"))
        }
        XCTAssertThrowsError(try plain.serialize(XMLElement("a", attributes: [.init("xmlns", "urn:x")]))) {
            XCTAssertEqual($0 as? XMLSerializationError, .unsupportedAttributePrefix("xmlns", attribute: "xmlns"))
        }
        XCTAssertThrowsError(try plain.serialize(XMLElement("a", attributes: [.init("id", "1"), .init("id", "2")]))) {
            XCTAssertEqual($0 as? XMLSerializationError, .duplicateAttribute("id", element: "a"))
        }
        XCTAssertThrowsError(try plain.serialize(XMLElement("a b"))) {
            XCTAssertEqual($0 as? XMLSerializationError, .invalidName("a b"))
        }
        XCTAssertThrowsError(try plain.serialize(XMLElement("a", attributes: [.init("1x", "")]))) {
            XCTAssertEqual($0 as? XMLSerializationError, .invalidName("1x"))
        }
    }

    func testRefusesNamesWithANulAndNamespacesADeclarationCannotHold() {
        // libxml2's name check stops at a NUL: "a\0bcdefgh" passed as "a", and the writer read
        // past the interned name.
        let plain = XMLSerializer(writesXMLDeclaration: false)
        XCTAssertThrowsError(try plain.serialize(XMLElement("a\u{0}bcdefgh"))) {
            XCTAssertEqual($0 as? XMLSerializationError, .invalidName("a\u{0}bcdefgh"))
        }
        XCTAssertThrowsError(try plain.serialize(XMLElement("a", attributes: [.init("t\u{0}xyz", "")]))) {
            XCTAssertEqual($0 as? XMLSerializationError, .invalidName("t\u{0}xyz"))
        }
        // A namespace URI is written as it is: `<` or `&` in it would break the document.
        for uri in ["urn:a&b", "urn:a<b", "urn:a\u{1}b"] {
            XCTAssertThrowsError(try plain.serialize(XMLElement("a", namespace: uri))) {
                XCTAssertEqual($0 as? XMLSerializationError, .undeclarableNamespace(uri))
            }
        }
    }

    func testRejectsCharactersXMLCannotRepresentNamingTheText() {
        let text = "Pagu\u{0B}Rp 1.000"
        XCTAssertThrowsError(try plain.serialize(XMLElement("td", children: [.text(text)]))) { error in
            XCTAssertEqual(error as? XMLSerializationError, .disallowedCharacter("\u{0B}", text: text, element: "td", attribute: nil))
            XCTAssertEqual(
                "\(error)", #"text in <td> contains U+000B, which XML cannot represent: "Pagu\u{0B}Rp 1.000""#)
        }
        XCTAssertThrowsError(try plain.serialize(XMLElement("td", attributes: [.init("title", "a\u{0}b")]))) { error in
            XCTAssertEqual(error as? XMLSerializationError, .disallowedCharacter("\u{0}", text: "a\u{0}b", element: "td", attribute: "title"))
        }
        for scalar in ["\u{1}", "\u{8}", "\u{C}", "\u{E}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"] {
            XCTAssertThrowsError(try plain.serialize(XMLElement("p", children: [.text("a" + scalar)])), scalar.debugDescription)
        }
        for allowed in ["\t", "\n", "\r", "\u{7F}", "\u{FFFD}", "\u{10FFFF}", "😀"] {
            XCTAssertNoThrow(try plain.serialize(XMLElement("p", children: [.text("a" + allowed)])), allowed.debugDescription)
        }
    }

    func testFindsDisallowedScalarsAfterNonASCIIText() {
        // The byte scan that spares most text the scalar decoding must still send these on.
        for text in ["é…\u{1}", "ﾟ\u{FFFF}", "Rp 1.000\u{FFFE} ribu"] {
            XCTAssertThrowsError(try plain.serialize(XMLElement("p", children: [.text(text)])), text.debugDescription)
        }
        XCTAssertEqual(try plain.serialize(XMLElement("p", children: [.text("ﾟ\u{FFFD}é")])), "<p>ﾟ\u{FFFD}é</p>\n")
    }

    func testRepeatedNamesKeepTheirNamespacesAndAreStillChecked() throws {
        let link = XMLElement("link", attributes: [.init("xlink:href", "#a"), .init("xml:lang", "id")])
        let root = XMLElement(
            "article", namespace: XMLNamespaceURI.docBook, attributes: [.init("xml:id", "r")],
            children: [.element(link), .element(link)])
        XCTAssertEqual(
            try plain.serialize(root),
            #"<article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" xml:id="r">"#
                + ##"<link xlink:href="#a" xml:lang="id"/><link xlink:href="#a" xml:lang="id"/></article>"## + "\n")
        // A bad name after good ones, and a good name reused under a bad prefix, still fail.
        let badAttribute = XMLElement("a", attributes: [.init("id", "1")], children: [.element(XMLElement("a", attributes: [.init("1x", "")]))])
        XCTAssertThrowsError(try plain.serialize(badAttribute)) {
            XCTAssertEqual($0 as? XMLSerializationError, .invalidName("1x"))
        }
        let badPrefix = XMLElement("a", attributes: [.init("id", "1")], children: [.element(XMLElement("a", attributes: [.init("foo:id", "")]))])
        XCTAssertThrowsError(try plain.serialize(badPrefix)) {
            XCTAssertEqual($0 as? XMLSerializationError, .unsupportedAttributePrefix("foo", attribute: "foo:id"))
        }
        let badElement = XMLElement("a", children: [.element(XMLElement("a")), .element(XMLElement("a b"))])
        XCTAssertThrowsError(try plain.serialize(badElement)) {
            XCTAssertEqual($0 as? XMLSerializationError, .invalidName("a b"))
        }
    }

    func testIndentsDeepTreesAndHonoursEachSerializersPreservedElements() throws {
        var deepest = XMLElement("p", children: [.element(XMLElement("b")), .element(XMLElement("b"))])
        for _ in 0..<11 {
            deepest = XMLElement("div", children: [.element(deepest)])
        }
        let indented = try XMLSerializer(writesXMLDeclaration: false, indentation: .init(width: 3)).serialize(deepest)
        let lines = indented.split(separator: "\n")
        XCTAssertEqual(lines.count, 2 * 11 + 4)
        XCTAssertEqual(lines[12], String(repeating: " ", count: 3 * 12) + "<b/>")
        XCTAssertEqual(lines.last, "</div>")
        let preserved = try XMLSerializer(writesXMLDeclaration: false, indentation: .init(width: 3, preservedElements: ["p"]))
            .serialize(deepest)
        XCTAssertTrue(preserved.contains("\n" + String(repeating: " ", count: 3 * 11) + "<p><b/><b/></p>\n"))
    }

    func testSameTreeGivesIdenticalBytes() throws {
        let root = XMLElement(
            "table", attributes: [.init("b", "2"), .init("a", "1"), .init("xml:id", "t")],
            children: (0..<50).map { row in
                .element(XMLElement("tr", children: [.element(XMLElement("td", children: [.text("baris \(row) & é")]))]))
            })
        let serializer = XMLSerializer(indentation: .init())
        let first = try serializer.serialize(root)
        XCTAssertEqual(first, try serializer.serialize(root))
        XCTAssertTrue(first.contains(#"<table b="2" a="1" xml:id="t">"#), "attribute order is kept")
    }

    func testIndentsOnlyElementOnlyContentOutsidePreservedElements() throws {
        let root = XMLElement(
            "section",
            children: [
                .element(XMLElement("title", children: [.text("BAB I")])),
                .element(XMLElement("para", children: [
                    .element(XMLElement("emphasis", children: [.text("a")])),
                    .element(XMLElement("emphasis", children: [.text("b")])),
                ])),
                .element(XMLElement("note", children: [
                    .element(XMLElement("para", children: [.text("x "), .element(XMLElement("b", children: [.element(XMLElement("c"))]))])),
                ])),
            ])
        let serializer = XMLSerializer(
            writesXMLDeclaration: false, indentation: .init(width: 2, preservedElements: ["para"]))
        XCTAssertEqual(
            try serializer.serialize(root),
            """
            <section>
              <title>BAB I</title>
              <para><emphasis>a</emphasis><emphasis>b</emphasis></para>
              <note>
                <para>x <b><c/></b></para>
              </note>
            </section>

            """)
    }

    func testHTML5PolyglotVoidAndNonVoidElements() throws {
        let root = XMLElement(
            "html", namespace: XMLNamespaceURI.xhtml, attributes: [.init("lang", "id")],
            children: [
                .element(XMLElement("head", children: [
                    .element(XMLElement("meta", attributes: [.init("charset", "utf-8")])),
                    .element(XMLElement("title", children: [.text("Renja")])),
                ])),
                .element(XMLElement("body", children: [
                    .element(XMLElement("p", children: [.text("a"), .element(XMLElement("br")), .text("b")])),
                    .element(XMLElement("table", children: [.element(XMLElement("tr", children: [
                        .element(XMLElement("td")), .element(XMLElement("td", children: [.text("1")])),
                    ]))])),
                    .element(XMLElement("div")),
                    .element(XMLElement("img", attributes: [.init("src", "a.png"), .init("alt", "")])),
                    .element(XMLElement("math", namespace: XMLNamespaceURI.mathML, children: [.element(XMLElement("mspace"))])),
                ])),
            ])
        let html = try XMLSerializer(flavor: .html5Polyglot).serialize(root)
        XCTAssertEqual(
            html,
            "<!DOCTYPE html>\n"
                + #"<html xmlns="http://www.w3.org/1999/xhtml" lang="id"><head><meta charset="utf-8"/><title>Renja</title></head>"#
                + #"<body><p>a<br/>b</p><table><tr><td></td><td>1</td></tr></table><div></div><img src="a.png" alt=""/>"#
                + #"<math xmlns="http://www.w3.org/1998/Math/MathML"><mspace/></math></body></html>"# + "\n")
    }

    func testHTML5PolyglotRejectsVoidElementContentAndUnescapableRawText() {
        let html = XMLSerializer(flavor: .html5Polyglot)
        XCTAssertThrowsError(try html.serialize(XMLElement("br", children: [.text("x")]))) {
            XCTAssertEqual($0 as? XMLSerializationError, .voidElementWithContent("br"))
        }
        XCTAssertThrowsError(try html.serialize(XMLElement("style", children: [.text("a > b {}")]))) {
            XCTAssertEqual($0 as? XMLSerializationError, .rawTextNotPolyglot(element: "style", text: "a > b {}"))
        }
        XCTAssertNoThrow(try html.serialize(XMLElement("style", children: [.text("td { text-align: right }")])))
    }
}

final class XMLCharacterRulesTests: XCTestCase {
    func testFindsTheFirstScalarXMLCannotRepresent() {
        XCTAssertNil(XMLCharacterRules.firstDisallowedScalar(in: "Rp4.175.000.000,00 — é\t\r\n😀"))
        XCTAssertEqual(XMLCharacterRules.firstDisallowedScalar(in: "a\u{C}b\u{1}"), "\u{C}")
        XCTAssertEqual(XMLCharacterRules.firstDisallowedScalar(in: "\u{FFFF}"), "\u{FFFF}")
    }
}
