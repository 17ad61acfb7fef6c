import RenjaXML
import XCTest

/// `XMLSerializer.serialize(_:validatingAgainst:fileName:)` validates the document it writes
/// without parsing it again, and positions the issues of an invalid one in the written text.
final class XMLSerializerValidationTests: XCTestCase {
    private static let schema = Result { () throws(XMLParseFailure) in try RelaxNGSchema.renjaDocBook() }
    private let serializer = XMLSerializer(indentation: .init(preservedElements: ["title", "para"]))

    private func book(_ chapterChildren: [XMLNode]) -> XMLElement {
        XMLElement(
            "book", namespace: XMLNamespaceURI.docBook, attributes: [.init("version", "5.0"), .init("xml:lang", "id")],
            children: [
                .element(XMLElement("info", children: [.element(XMLElement("title", children: [.text("Renja & <Jatiroto>")]))])),
                .element(XMLElement("chapter", attributes: [.init("xml:id", "bab-1"), .init("label", "I")], children: chapterChildren)),
            ])
    }

    func testAValidTreeGivesTheSerializedTextAndNoIssues() throws {
        let root = book([
            .element(XMLElement("title", children: [.text("BAB I")])),
            .element(XMLElement("para", children: [
                .text("lihat "), .element(XMLElement("xref", attributes: [.init("linkend", "bab-1")])),
            ])),
        ])
        let validated = try serializer.serialize(root, validatingAgainst: Self.schema.get(), fileName: "renja.xml")
        XCTAssertEqual(validated.issues, [])
        XCTAssertEqual(validated.text, try serializer.serialize(root))
    }

    func testAnInvalidTreeGivesIssuesAtTheirLinesInTheText() throws {
        // No chapter title: the chapter's compiled content model refuses the para where the
        // title must come, and the issue is at the para's line of the indented text.
        let root = book([.element(XMLElement("para", children: [.text("tanpa judul")]))])
        let validated = try serializer.serialize(root, validatingAgainst: Self.schema.get(), fileName: "renja.xml")
        XCTAssertEqual(validated.text, try serializer.serialize(root))
        let paraLine = try XCTUnwrap(validated.text.split(separator: "\n").firstIndex { $0.contains("<para") }) + 1
        XCTAssertGreaterThan(paraLine, 1)
        XCTAssertFalse(validated.issues.isEmpty)
        XCTAssertEqual(validated.issues.first?.file, "renja.xml")
        XCTAssertEqual(validated.issues.first?.position.line, paraLine, "\(validated.issues)\n\(validated.text)")
    }

    func testAnUndefinedLinkTargetIsAnIssue() throws {
        // IDREF checking must work on a built tree as on a parsed one.
        let root = book([
            .element(XMLElement("title", children: [.text("BAB I")])),
            .element(XMLElement("para", children: [.element(XMLElement("xref", attributes: [.init("linkend", "tidak-ada")]))])),
        ])
        let schema = try Self.schema.get()
        let validated = try serializer.serialize(root, validatingAgainst: schema, fileName: "renja.xml")
        XCTAssertEqual(validated.issues, schema.validate(validated.text, fileName: "renja.xml"))
    }
}
