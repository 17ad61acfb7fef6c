import Foundation
import RenjaXML
import XCTest

/// renja's DocBook grammar is a strict subset of DocBook 5.0: the documents renja writes are
/// valid under both, and documents that are not DocBook 5.0 are refused by both. The
/// pipeline tests do the same for built projects (JatirotoDocumentTests and others).
final class RenjaDocBookSchemaTests: XCTestCase {
    private static let renja = Result { () throws(XMLParseFailure) in try RelaxNGSchema.renjaDocBook() }
    private static let official = Result { () throws(XMLParseFailure) in try RelaxNGSchema(path: OfficialDocBookSchema.path) }
    private static let sources = OfficialDocBookSchema.repository

    private func bothSchemas() throws -> [RelaxNGSchema] {
        [try Self.renja.get(), try Self.official.get()]
    }

    func testTheEmbeddedTextIsTheSchemaFile() throws {
        let file = try String(contentsOf: Self.sources.appendingPathComponent("Sources/RenjaXML/Schemas/renja-docbook.rng"), encoding: .utf8)
        XCTAssertTrue(RenjaDocBookSchema.text == file, "run scripts/embed-renja-docbook-schema.sh after editing renja-docbook.rng")
    }

    func testTheEmbeddedSchemaCompilesUnderItsName() throws {
        XCTAssertEqual(try Self.renja.get().name, "renja-docbook.rng")
        XCTAssertEqual(try Self.renja.get().recompiled().source, try Self.renja.get().source)
    }

    func testTheGoldenDocBookIsValidUnderBoth() throws {
        let golden = try String(contentsOf: Self.sources.appendingPathComponent("Tests/Goldens/jatiroto-2020/renja.xml"), encoding: .utf8)
        for schema in try bothSchemas() {
            XCTAssertEqual(schema.validate(golden, fileName: "renja.xml"), [], schema.name)
        }
    }

    func testTheSmallestDocumentIsValidUnderBoth() throws {
        for schema in try bothSchemas() {
            XCTAssertEqual(schema.validate(DocBookTestDocuments.book(), fileName: "renja.xml"), [], schema.name)
        }
    }

    func testAnyColumnNameIsValidUnderBothAsInDocBook() throws {
        // renja's grammar leaves column names DocBook's plain text (a pattern facet costs a
        // regular expression compiled per value in libxml2): only the writer names them `cn`.
        let table = """
            <title>BAB</title><table xml:id="t"><title/><tgroup cols="2">\
            <colspec colname="nomor"/><colspec colname="uraian"/><tbody>\
            <row><entry colname="nomor">1</entry><entry colname="uraian">a</entry></row>\
            <row><entry namest="nomor" nameend="uraian">b</entry></row></tbody></tgroup></table>
            """
        for schema in try bothSchemas() {
            XCTAssertEqual(schema.validate(DocBookTestDocuments.book(chapter: table), fileName: "renja.xml"), [], schema.name)
        }
    }

    func testRowSpansAreDocBooksPositiveIntegersUnderBoth() throws {
        for schema in try bothSchemas() {
            XCTAssertEqual(schema.validate(DocBookTestDocuments.rowSpans, fileName: "renja.xml"), [], schema.name)
        }
        for (value, xml) in DocBookTestDocuments.rowSpansOnlyRenjaRefuses {
            XCTAssertFalse(try Self.renja.get().validate(xml, fileName: "renja.xml").isEmpty, value)
        }
    }

    // MARK: - Invalid DocBook is refused by the subset too

    func testInvalidDocBookIsRefusedByBoth() throws {
        for (fault, xml) in DocBookTestDocuments.invalid {
            for schema in try bothSchemas() {
                let issues = schema.validate(xml, fileName: "renja.xml")
                XCTAssertFalse(issues.isEmpty, "\(schema.name) accepts \(fault)")
                XCTAssertTrue(issues.allSatisfy { $0.position.line > 0 }, "\(fault): \(issues)")
            }
        }
    }
}
