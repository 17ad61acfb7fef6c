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
            XCTAssertEqual(schema.validate(Self.document(), fileName: "renja.xml"), [], schema.name)
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
            XCTAssertEqual(schema.validate(Self.document(chapter: table), fileName: "renja.xml"), [], schema.name)
        }
    }

    // MARK: - Invalid DocBook is refused by the subset too

    func testWrongOrderIsRefusedByBoth() throws {
        // A paragraph after a subsection: DocBook puts every block before the sections.
        try assertRefusedByBoth(Self.document(chapter: """
            <title>BAB</title><section xml:id="s"><title>S</title><para/></section><para>akhir</para>
            """))
    }

    func testMissingTitleIsRefusedByBoth() throws {
        try assertRefusedByBoth(Self.document(chapter: "<para>tanpa judul</para>"))
    }

    func testUnknownElementIsRefusedByBoth() throws {
        try assertRefusedByBoth(Self.document(chapter: "<title>BAB</title><paragraf>bukan DocBook</paragraf>"))
    }

    func testBadAttributeValueIsRefusedByBoth() throws {
        try assertRefusedByBoth(Self.document(chapter: """
            <title>BAB</title><orderedlist numeration="romawi"><listitem><para/></listitem></orderedlist>
            """))
        try assertRefusedByBoth(Self.document(chapter: """
            <title>BAB</title><table xml:id="t" orient="miring"><title/><tgroup cols="1"><tbody><row><entry colname="c1"/></row></tbody></tgroup></table>
            """))
    }

    func testNonDocBookMathIsRefusedByBoth() throws {
        // inlineequation holds MathML (or DocBook media), never a DocBook paragraph.
        try assertRefusedByBoth(Self.document(chapter: """
            <title>BAB</title><para><inlineequation><para/></inlineequation></para>
            """))
    }

    private func assertRefusedByBoth(_ xml: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for schema in try bothSchemas() {
            let issues = schema.validate(xml, fileName: "renja.xml")
            XCTAssertFalse(issues.isEmpty, "\(schema.name) accepts it", file: file, line: line)
            XCTAssertTrue(issues.allSatisfy { $0.position.line > 0 }, "\(issues)", file: file, line: line)
        }
    }

    /// A book as renja writes it, with one chapter holding `chapter` (after its attributes).
    private static func document(chapter: String = "<title>BAB I</title><para>Isi.</para>") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <book xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="id">
          <info><title>Renja</title></info>
          <chapter xml:id="bab-1" label="I">\(chapter)</chapter>
        </book>
        """
    }
}
