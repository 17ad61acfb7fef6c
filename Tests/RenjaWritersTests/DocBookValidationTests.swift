import RenjaDocument
import RenjaXML
import XCTest

@testable import RenjaWriters

/// The written DocBook against renja's DocBook grammar (what builds validate against) and the
/// official DocBook 5.0 RELAX NG schema, and read back through libxml2. These documents
/// reach the writer's rarer shapes, which keep the grammar honest as a subset of DocBook 5.0.
final class DocBookValidationTests: XCTestCase {
    private static let schemas = Result { () throws(XMLParseFailure) in [try RelaxNGSchema.renjaDocBook(), try RelaxNGSchema(path: DocBookValidationTests.officialSchemaPath)] }

    /// The official schema, kept in the checkout for machines without docbook5-xml.
    private static let officialSchemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schemas/docbook-5.0.rng").path

    private func assertValid(_ document: Document, file: StaticString = #filePath, line: UInt = #line) throws {
        let rendered = try DocBookWriter().renderedText(document)
        for schema in try Self.schemas.get() {
            let issues = schema.validate(rendered, fileName: "renja.xml")
            XCTAssertEqual(issues.map(\.description), [], schema.name, file: file, line: line)
        }
    }

    private func document(_ sections: [Section]) -> Document {
        Document(coverLines: [], title: "Judul", sections: sections)
    }

    func testSampleDocumentIsValidUnderBothSchemas() throws {
        try assertValid(SampleDocument.document)
    }

    func testEmptySectionsListItemsAndDocumentWithoutCoverAreValid() throws {
        try assertValid(
            document([
                Section(id: "kosong", kind: .front, title: "KOSONG", blocks: []),
                Section(
                    id: "bab-1", kind: .chapter, number: "I", title: "BAB",
                    blocks: [.list(ListBlock(marker: .arabicParen, items: [[]]))],
                    subsections: [Section(id: "s-1", kind: .section, number: "1.1", title: "S", blocks: [])]),
            ]))
    }

    func testTableOfContentsAnywhereIsValid() throws {
        try assertValid(
            document([
                Section(
                    id: "isi", kind: .front, title: "ISI", blocks: [.paragraph([.text("a")]), .tableOfContents],
                    subsections: [
                        Section(
                            id: "isi-2", kind: .section, title: "ISI 2",
                            blocks: [.list(ListBlock(marker: .bullet, items: [[.tableOfContents]]))]),
                    ]),
                Section(id: "daftar-isi", kind: .front, title: "DAFTAR ISI", blocks: [.tableOfContents, .tableOfContents]),
            ]))
    }

    func testTopLevelSectionBecomesAChapterAndTableWithoutHeaderIsValid() throws {
        let table = Table(id: "t-1", caption: [], header: [], body: [Row(cells: [Cell([.lineBreak])])])
        try assertValid(
            document([Section(id: "lepas", kind: .section, number: "9.9", title: "LEPAS", blocks: [.table(table)])]))
        XCTAssertEqual(
            try WrittenTree.docBook(document([Section(id: "lepas", kind: .section, title: "L", blocks: [])])).childElements.last?.name,
            "chapter")
    }

    func testTextReadsBackExactlyAfterSerialization() throws {
        let parsed = try XMLTreeParser.parse(DocBookWriter().renderedText(SampleDocument.document), fileName: "renja.xml")
        XCTAssertEqual(parsed.namespace, XMLNamespaceURI.docBook)
        let chapter = try XCTUnwrap(parsed.descendant(named: "chapter", where: "xml:id", is: "bab-1"))
        XCTAssertEqual(chapter.childElements.first { $0.name == "para" }?.textContent, SampleDocument.awkwardText)
        XCTAssertEqual(parsed.descendants(named: "text").first?.textContent, "RPJMD & Renja")
        XCTAssertEqual(parsed.descendants(named: "mo").map(\.textContent), ["×", "%"])
        XCTAssertEqual(parsed.descendants(named: "math").first?.namespace, XMLNamespaceURI.mathML)
        XCTAssertEqual(parsed.descendants(named: "svg").first?.namespace, XMLNamespaceURI.svg)
    }
}
