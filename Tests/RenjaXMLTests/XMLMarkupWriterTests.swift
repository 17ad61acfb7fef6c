import XCTest

@testable import RenjaXML

/// Writing element by element: the same bytes as serializing the equivalent value tree, and
/// markup out of order refused rather than written.
final class XMLMarkupWriterTests: XCTestCase {
    private let indented = XMLSerializer(writesXMLDeclaration: false, indentation: .init(width: 2, preservedElements: ["p"]))

    func testWritingElementByElementGivesTheBytesOfTheValueTree() throws {
        let drawing = XMLElement(
            "svg", namespace: XMLNamespaceURI.svg, attributes: [.init("width", "10")],
            children: [.element(XMLElement("text", children: [.text("a & b")]))])
        let tree = XMLElement(
            "doc", attributes: [.init("xml:id", "d")],
            children: [
                .element(XMLElement("p", children: [.text("x "), .element(XMLElement("b", children: [.text("y")]))])),
                .element(XMLElement("figure", children: [.element(drawing)])),
            ])
        let written = try indented.serialize { out in
            out.element("doc") {
                out.attribute("xml:id", "d")
                out.attribute("absent", nil)
                out.element("p") {
                    out.text("x ")
                    out.element("b") { out.text("y") }
                }
                out.element("figure") { out.append(drawing) }
            }
        }
        XCTAssertEqual(written, try indented.serialize(tree))
        XCTAssertTrue(written.contains("\n  <figure>\n    <svg"), written)
    }

    /// Whether an element's children get lines of their own is settled when it ends: text
    /// after an element child keeps the element on one line, as the value tree's rule says.
    func testTextAfterAChildElementKeepsTheElementOnOneLine() throws {
        let written = try indented.serialize { out in
            out.element("doc") {
                out.element("q") {
                    out.element("b")
                    out.text("tail")
                }
                out.element("r") { out.element("b") }
            }
        }
        XCTAssertEqual(written, "<doc>\n  <q><b/>tail</q>\n  <r>\n    <b/>\n  </r>\n</doc>\n")
    }

    /// The indentation put before an element's first children is taken back out when text
    /// follows them; what was written inside those children keeps its own indentation.
    func testIndentationTakenBackLeavesTheGrandchildrenIndented() throws {
        let written = try indented.serialize { out in
            out.element("doc") {
                out.element("q") {
                    out.element("r") { out.element("b") }
                    out.element("s")
                    out.text("tail")
                    out.element("t")
                }
            }
        }
        XCTAssertEqual(written, "<doc>\n  <q><r>\n      <b/>\n    </r><s/>tail<t/></q>\n</doc>\n")
    }

    /// `xmlns:xlink` is declared on the root, after its default namespace and before its
    /// attributes, even though the root's start tag was written before the first `xlink:`
    /// attribute, and whether or not indentation was taken back in between.
    func testXLinkIsDeclaredOnTheRootWhereverItIsFirstUsed() throws {
        let written = try indented.serialize { out in
            out.element("book", namespace: XMLNamespaceURI.docBook) {
                out.attribute("version", "5.0")
                out.element("q") {
                    out.element("b")
                    out.text("x")
                }
                out.element("link") { out.attribute("xlink:href", "#a") }
            }
        }
        XCTAssertEqual(
            written,
            #"<book xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0">"#
                + "\n  <q><b/>x</q>\n" + ##"  <link xlink:href="#a"/>"## + "\n</book>\n")
        let withoutNamespace = try indented.serialize { out in
            out.element("a") {
                out.attribute("id", "1")
                out.element("b") { out.attribute("xlink:href", "#a") }
            }
        }
        XCTAssertEqual(
            withoutNamespace,
            #"<a xmlns:xlink="http://www.w3.org/1999/xlink" id="1">"# + "\n" + ##"  <b xlink:href="#a"/>"## + "\n</a>\n")
    }

    /// An observer hears each start tag complete with its attributes, the caller's text
    /// (never indentation) and each end, in document order.
    func testAnObserverFollowsTheMarkupWithoutTheIndentation() throws {
        let observer = RecordingObserver()
        let serializer = XMLSerializer(indentation: .init())
        let writer = try XMLMarkupWriter(
            flavor: .xml, writesXMLDeclaration: false, indentation: serializer.indentation, observer: observer)
        writer.element("book", namespace: XMLNamespaceURI.docBook) {
            writer.attribute("xml:lang", "id")
            writer.element("link") {
                writer.attribute("xlink:href", "#a")
                writer.text("a & b")
            }
            writer.element("math", namespace: XMLNamespaceURI.mathML) { writer.element("mi") }
        }
        _ = try writer.finishedData()
        XCTAssertEqual(observer.events, [
            "start book {http://docbook.org/ns/docbook} {http://www.w3.org/XML/1998/namespace}lang=id",
            "start link {http://docbook.org/ns/docbook} {http://www.w3.org/1999/xlink}href=#a",
            "text a & b",
            "end",
            "start math {http://www.w3.org/1998/Math/MathML}",
            "start mi {http://www.w3.org/1998/Math/MathML}",
            "end",
            "end",
            "end",
        ])
    }

    func testMarkupOutOfOrderIsRefused() {
        let cases: [(String, (XMLMarkupWriter) -> Void)] = [
            ("attribute after content", { out in out.element("a") { out.text("x"); out.attribute("b", "1") } }),
            ("end without start", { out in out.element("a"); out.endElement() }),
            ("second root", { out in out.element("a"); out.element("b") }),
            ("text outside the root", { out in out.text("x") }),
            ("element left open", { out in out.startElement("a") }),
            ("no root", { _ in }),
        ]
        for (name, write) in cases {
            XCTAssertThrowsError(try indented.serialize(write), name) { error in
                guard case .misplacedMarkup = error as? XMLSerializationError else {
                    return XCTFail("\(name): unexpected \(error)")
                }
            }
        }
    }

    func testTheFirstErrorIsKeptAndNothingAfterItIsWritten() {
        XCTAssertThrowsError(
            try indented.serialize { out in
                out.element("a") {
                    out.attribute("id", "1")
                    out.attribute("id", "2")
                    out.element("bad name")
                }
            }
        ) { error in
            XCTAssertEqual(error as? XMLSerializationError, .duplicateAttribute("id", element: "a"))
        }
    }

    /// A prepared attribute writes the bytes, and tells the observer the attribute, that
    /// `attribute(name, value)` would: escaped values, both prefixes, `xmlns:xlink` on the root.
    func testAPreparedAttributeWritesWhatTheAttributeWould() throws {
        let attributes: [(String, String)] = [
            ("colname", "c3"), ("title", "a < b & \"c\"\n\td\r"), ("xml:lang", "id"), ("xlink:href", "#x"), ("empty", ""),
            ("role", "é ü 漢"),
        ]
        func written(prepared: Bool) throws -> (String, [String]) {
            let observer = RecordingObserver()
            let writer = try XMLMarkupWriter(
                flavor: .xml, writesXMLDeclaration: false, indentation: indented.indentation, observer: observer)
            let preparedAttributes = attributes.map { writer.prepare($0.0, $0.1) }
            writer.element("doc") {
                for _ in 0..<2 {
                    writer.element("e") {
                        for (index, (name, value)) in attributes.enumerated() {
                            if prepared {
                                writer.attribute(preparedAttributes[index])
                            } else {
                                writer.attribute(name, value)
                            }
                        }
                        writer.text("t")
                    }
                }
            }
            return (String(decoding: try writer.finishedData(), as: UTF8.self), observer.events)
        }
        let (expected, expectedEvents) = try written(prepared: false)
        let (actual, events) = try written(prepared: true)
        XCTAssertEqual(actual, expected)
        XCTAssertEqual(events, expectedEvents)
        XCTAssertTrue(actual.contains(#" title="a &lt; b &amp; &quot;c&quot;&#10;&#9;d&#13;""#), actual)
        XCTAssertTrue(actual.hasPrefix(#"<doc xmlns:xlink="http://www.w3.org/1999/xlink">"#), actual)
    }

    /// The observer is told each start tag's own attributes, in order, however prepared and
    /// plain attributes are mixed: one prepared attribute alone (handed on as its own array),
    /// one followed or preceded by others, and elements without any after each of those.
    func testAnObserverHearsPreparedAndPlainAttributesMixedAsWritten() throws {
        let attributes = [("colname", "c1"), ("align", "left"), ("xml:id", "x")]
        // Each element's attributes: for each, whether it is written prepared.
        var patterns: [[Bool]] = [[]]
        for count in 1...attributes.count {
            for bits in 0..<(1 << count) {
                patterns.append((0..<count).map { bits >> $0 & 1 == 1 })
            }
        }
        func events(preparing: Bool) throws -> [String] {
            let observer = RecordingObserver()
            let writer = try XMLMarkupWriter(
                flavor: .xml, writesXMLDeclaration: false, indentation: indented.indentation, observer: observer)
            let prepared = attributes.map { writer.prepare($0.0, $0.1) }
            writer.element("doc") {
                for pattern in patterns {
                    for content in ["element", "text", "empty"] {
                        writer.element("e") {
                            for (index, isPrepared) in pattern.enumerated() {
                                if preparing, isPrepared {
                                    writer.attribute(prepared[index])
                                } else {
                                    writer.attribute(attributes[index].0, attributes[index].1)
                                }
                            }
                            switch content {
                            case "element": writer.element("c")
                            case "text": writer.text("t")
                            default: break
                            }
                        }
                        writer.element("bare")
                    }
                }
            }
            _ = try writer.finishedData()
            return observer.events
        }
        let expected = try events(preparing: false)
        XCTAssertEqual(try events(preparing: true), expected)
        XCTAssertTrue(expected.contains("start e {} {}colname=c1"), "\(expected.prefix(8))")
    }

    /// What the writer refuses is refused when a prepared attribute is written, with the
    /// error `attribute(name, value)` gives, and not when it is prepared.
    func testAPreparedAttributeIsRefusedWhereTheAttributeWouldBe() {
        let cases: [(String, XMLSerializationError, (XMLMarkupWriter) -> Void)] = [
            (
                "bad value", .disallowedCharacter("\u{1}", text: "a\u{1}", element: "a", attribute: "b"),
                { out in
                    let bad = out.prepare("b", "a\u{1}")
                    out.element("a") { out.attribute(bad) }
                }
            ),
            (
                "bad name", .invalidName("1b"),
                { out in
                    let bad = out.prepare("1b", "x")
                    out.element("a") { out.attribute(bad) }
                }
            ),
            (
                "bad prefix", .unsupportedAttributePrefix("p", attribute: "p:b"),
                { out in
                    let bad = out.prepare("p:b", "x")
                    out.element("a") { out.attribute(bad) }
                }
            ),
            (
                "duplicate of a written attribute", .duplicateAttribute("b", element: "a"),
                { out in
                    let prepared = out.prepare("b", "2")
                    out.element("a") {
                        out.attribute("b", "1")
                        out.attribute(prepared)
                    }
                }
            ),
            (
                "duplicate prepared", .duplicateAttribute("b", element: "a"),
                { out in
                    let prepared = out.prepare("b", "2")
                    out.element("a") {
                        out.attribute(prepared)
                        out.attribute("b", "1")
                    }
                }
            ),
            (
                "after content", .misplacedMarkup("attribute 'b' outside a start tag"),
                { out in
                    let prepared = out.prepare("b", "2")
                    out.element("a") {
                        out.text("x")
                        out.attribute(prepared)
                    }
                }
            ),
        ]
        for (name, expected, write) in cases {
            XCTAssertThrowsError(try indented.serialize(write), name) { error in
                XCTAssertEqual(error as? XMLSerializationError, expected, name)
            }
        }
    }

    /// An attribute prepared by one writer and given to another (whose interned bytes are
    /// elsewhere) is written by the other as `attribute(name, value)`.
    func testAnAttributePreparedByAnotherWriterIsWrittenAsUsual() throws {
        var prepared: XMLPreparedAttribute?
        _ = try indented.serialize { out in
            prepared = out.prepare("b", "x & y")
            out.element("a")
        }
        let elsewhere = try XCTUnwrap(prepared)
        let written = try indented.serialize { out in
            out.element("a") { out.attribute(elsewhere) }
        }
        XCTAssertEqual(written, #"<a b="x &amp; y"/>"# + "\n")
    }

    /// A prepared element starts the bytes, and tells the observer the events, that
    /// `startElement(name)` would: inherited namespace, indentation, an element whose content
    /// is preserved, an empty one.
    func testAPreparedElementStartsWhatTheNameWould() throws {
        func written(prepared: Bool) throws -> (String, [String]) {
            let observer = RecordingObserver()
            let writer = try XMLMarkupWriter(
                flavor: .xml, writesXMLDeclaration: false, indentation: indented.indentation, observer: observer)
            let names = ["e", "p", "f"]
            let preparedNames = names.map { writer.prepareElement($0) }
            func start(_ index: Int) {
                if prepared {
                    writer.startElement(preparedNames[index])
                } else {
                    writer.startElement(names[index])
                }
            }
            writer.element("doc", namespace: XMLNamespaceURI.docBook) {
                for _ in 0..<2 {
                    start(0)
                    writer.attribute("a", "1")
                    start(1)
                    writer.text("t ")
                    writer.element("b") { writer.text("u") }
                    writer.endElement()
                    start(2)
                    writer.endElement()
                    writer.endElement()
                }
            }
            return (String(decoding: try writer.finishedData(), as: UTF8.self), observer.events)
        }
        let (expected, expectedEvents) = try written(prepared: false)
        let (actual, events) = try written(prepared: true)
        XCTAssertEqual(actual, expected)
        XCTAssertEqual(events, expectedEvents)
        XCTAssertTrue(actual.contains("\n  <e a=\"1\">\n    <p>t <b>u</b></p>\n    <f/>\n  </e>"), actual)
    }

    /// What the writer refuses is refused when a prepared element is started, with the error
    /// `startElement(name)` gives, and not when it is prepared.
    func testAPreparedElementIsRefusedWhereTheNameWouldBe() {
        let cases: [(String, XMLSerializationError, (XMLMarkupWriter) -> Void)] = [
            (
                "bad name", .invalidName("1e"),
                { out in
                    let bad = out.prepareElement("1e")
                    out.element("a") {
                        out.startElement(bad)
                        out.endElement()
                    }
                }
            ),
            (
                "second root", .misplacedMarkup("<e> after the root element"),
                { out in
                    let prepared = out.prepareElement("e")
                    out.element("a")
                    out.startElement(prepared)
                    out.endElement()
                }
            ),
        ]
        for (name, expected, write) in cases {
            XCTAssertThrowsError(try indented.serialize(write), name) { error in
                XCTAssertEqual(error as? XMLSerializationError, expected, name)
            }
        }
    }

    /// A second root is named in the error as the caller spelled it, not as the writer first
    /// saw a name String equality takes for the same (U+00E9, then e + U+0301). Compared as
    /// UTF-8 bytes: XCTAssertEqual on strings compares them canonically.
    func testASecondRootIsNamedAsTheCallerSpelledIt() throws {
        let composed = "\u{E9}"
        let decomposed = "e\u{301}"
        let writes: [(String, (XMLMarkupWriter) -> Void)] = [
            ("by name", { out in
                out.element(composed)
                out.startElement(decomposed)
                out.endElement()
            }),
            ("prepared", { out in
                out.element(composed)
                out.startElement(out.prepareElement(decomposed))
                out.endElement()
            }),
        ]
        for (name, write) in writes {
            XCTAssertThrowsError(try indented.serialize(write), name) { error in
                guard case let .misplacedMarkup(message)? = error as? XMLSerializationError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual(Array(message.utf8), Array("<\(decomposed)> after the root element".utf8), name)
            }
        }
    }

    /// An element name prepared by one writer and given to another (whose interned bytes and
    /// name indexes are its own) is started by the other as `startElement(name)`: `b` is the
    /// first writer's second name, which the second writer, knowing only `a`, has no entry
    /// for; the observer is told the caller's name.
    func testAnElementPreparedByAnotherWriterIsStartedAsUsual() throws {
        let first = try XMLMarkupWriter(flavor: .xml, writesXMLDeclaration: false, indentation: nil, observer: nil)
        _ = first.prepareElement("x")
        let elsewhere = first.prepareElement("b")
        let observer = RecordingObserver()
        let writer = try XMLMarkupWriter(
            flavor: .xml, writesXMLDeclaration: false, indentation: indented.indentation, observer: observer)
        writer.element("a") {
            writer.startElement(elsewhere)
            writer.endElement()
        }
        XCTAssertEqual(String(decoding: try writer.finishedData(), as: UTF8.self), "<a>\n  <b/>\n</a>\n")
        XCTAssertEqual(observer.events, ["start a {}", "start b {}", "end", "end"])
    }

    /// The bytes are handed over, not copied: a second call has none to give.
    func testTheFinishedBytesAreTakenOnce() throws {
        let writer = try XMLMarkupWriter(flavor: .xml, writesXMLDeclaration: false, indentation: nil, observer: nil)
        writer.element("a")
        XCTAssertEqual(String(decoding: try writer.finishedData(), as: UTF8.self), "<a/>\n")
        XCTAssertThrowsError(try writer.finishedData()) { error in
            XCTAssertEqual(error as? XMLSerializationError, .misplacedMarkup("the document's bytes were already taken"))
        }
    }

    /// A call refused because an element is still open takes nothing: once it is ended, the
    /// bytes are there to take.
    func testTheBytesCanBeTakenAfterARefusedCall() throws {
        let writer = try XMLMarkupWriter(flavor: .xml, writesXMLDeclaration: false, indentation: nil, observer: nil)
        writer.startElement("a")
        XCTAssertThrowsError(try writer.finishedData()) { error in
            XCTAssertEqual(
                error as? XMLSerializationError,
                .misplacedMarkup("the document ends with an element still open, or without a root element"))
        }
        writer.endElement()
        XCTAssertEqual(String(decoding: try writer.finishedData(), as: UTF8.self), "<a/>\n")
    }

    func testSameLocalNameInAnotherNamespaceIsNotADuplicate() throws {
        let written = try indented.serialize { out in
            out.element("a") {
                out.attribute("id", "1")
                out.attribute("xml:id", "2")
            }
        }
        XCTAssertEqual(written, #"<a id="1" xml:id="2"/>"# + "\n")
    }
}

/// Every event an `XMLMarkupObserver` is told, as one line each.
private final class RecordingObserver: XMLMarkupObserver {
    var events: [String] = []

    func startElement(_ name: String, namespace: String, attributes: [XMLMarkupAttribute]) {
        let written = attributes.map { "{\($0.namespace ?? "")}\($0.localName)=\($0.value)" }
        events.append((["start", name, "{\(namespace)}"] + written).joined(separator: " "))
    }

    func text(_ text: String) {
        events.append("text " + text)
    }

    func endElement() {
        events.append("end")
    }
}
