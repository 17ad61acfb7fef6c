import Foundation
import RenjaXML
import XCTest

final class RelaxNGSchemaTests: XCTestCase {
    private static let docBook = Result { () throws(XMLParseFailure) in try RelaxNGSchema(path: OfficialDocBookSchema.path) }

    private func schema() throws -> RelaxNGSchema {
        try Self.docBook.get()
    }

    private let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:id="renja">
          <title>Renja Kecamatan Jatiroto 2020</title>
          <section xml:id="bab-1">
            <title>BAB I PENDAHULUAN</title>
            <para>Pagu Rp4.175.000.000,00 — lihat <link xlink:href="#bab-1">BAB I</link>.</para>
          </section>
        </article>
        """

    func testValidDocBookHasNoIssues() throws {
        XCTAssertEqual(try schema().validate(valid, fileName: "renja.xml"), [])
    }

    func testInvalidDocBookReportsTheLine() throws {
        let invalid = """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="http://docbook.org/ns/docbook" version="5.0">
              <title>Renja</title>
              <section>
                <para>BAB tanpa judul</para>
              </section>
            </article>
            """
        let issues = try schema().validate(invalid, fileName: "renja.xml")
        XCTAssertFalse(issues.isEmpty)
        XCTAssertEqual(issues.first?.file, "renja.xml")
        XCTAssertEqual(issues.first?.position.line, 4, "\(issues)")
    }

    func testSerializedTreeValidates() throws {
        let root = XMLElement(
            "article", namespace: XMLNamespaceURI.docBook, attributes: [.init("version", "5.0"), .init("xml:id", "a")],
            children: [
                .element(XMLElement("title", children: [.text("Renja & <Jatiroto>")])),
                .element(XMLElement("para", children: [
                    .element(XMLElement("link", attributes: [.init("xlink:href", "#a")], children: [.text("lihat")])),
                ])),
            ])
        let xml = try XMLSerializer(indentation: .init(preservedElements: ["title", "para"])).serialize(root)
        XCTAssertEqual(try schema().validate(xml, fileName: "renja.xml"), [])
    }

    func testMalformedDocumentReportsWellFormednessErrors() throws {
        XCTAssertEqual(
            try schema().validate("<article", fileName: "renja.xml").map(\.description),
            ["renja.xml:1:9: Couldn't find end of Start Tag article line 1"])
    }

    func testOneSchemaValidatesFromManyThreads() throws {
        let schema = try schema()
        let valid = valid
        let invalid = valid.replacingOccurrences(of: "<title>BAB I PENDAHULUAN</title>", with: "")
        let expectedInvalid = schema.validate(invalid, fileName: "renja.xml")
        XCTAssertFalse(expectedInvalid.isEmpty)
        let results = ResultsBox(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            results.set(index, schema.validate(index.isMultiple(of: 2) ? valid : invalid, fileName: "renja.xml"))
        }
        for (index, issues) in results.values.enumerated() {
            XCTAssertEqual(issues, index.isMultiple(of: 2) ? [] : expectedInvalid, "run \(index)")
        }
    }

    func testMissingSchemaFileIsAnErrorNamingIt() {
        XCTAssertThrowsError(try RelaxNGSchema(path: "/nonexistent/docbook.rng")) { error in
            let issues = (error as? XMLParseFailure)?.issues ?? []
            XCTAssertFalse(issues.isEmpty)
            XCTAssertTrue(issues.allSatisfy { $0.file == "/nonexistent/docbook.rng" }, "\(issues)")
        }
    }
}

/// Collects per-thread results for the concurrency test.
private final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [[XMLIssue]]

    init(count: Int) {
        storage = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ issues: [XMLIssue]) {
        lock.withLock { storage[index] = issues }
    }

    var values: [[XMLIssue]] { lock.withLock { storage } }
}
