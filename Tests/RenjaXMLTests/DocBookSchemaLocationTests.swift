import Foundation
import RenjaXML
import XCTest

/// The DocBook schema is found without configuration, on machines with and without docbook5-xml.
final class DocBookSchemaLocationTests: XCTestCase {
    func testTheBundledCopyCompilesAndValidates() throws {
        let schema = try RelaxNGSchema(path: DocBookSchemaLocation.bundledPath)
        let valid = """
            <book xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>T</title></info>
            <chapter><title>C</title><para>P</para></chapter></book>
            """
        XCTAssertEqual(schema.validate(valid, fileName: "valid.xml"), [])
        XCTAssertFalse(schema.validate("<book xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><bogus/></book>", fileName: "bad.xml").isEmpty)
    }

    func testTheResolvedSchemaIsAReadableFile() {
        XCTAssertTrue(FileManager.default.isReadableFile(atPath: DocBookSchemaLocation.resolve()))
    }
}
