import RenjaXML
import XCTest

/// Writing element by element: the same bytes as serializing the equivalent value tree, and
/// markup out of order refused rather than written.
final class XMLTreeWriterTests: XCTestCase {
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

    func testMarkupOutOfOrderIsRefused() {
        let cases: [(String, (XMLTreeWriter) -> Void)] = [
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
