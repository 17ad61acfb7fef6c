import Foundation
@testable import RenjaXML
import XCTest

/// `RelaxNGStreamValidator` gives the verdict of the tree validation, on valid documents and
/// on every kind of invalid DocBook, against renja's grammar (compiled to automata nearly
/// everywhere) and the official DocBook 5.0 schema (whose content models often are not, so
/// that whole subtrees are collected and validated).
final class RelaxNGStreamValidatorTests: XCTestCase {
    private static let renja = Result { () throws(XMLParseFailure) in try RelaxNGSchema.renjaDocBook() }
    private static let official = Result { () throws(XMLParseFailure) in try RelaxNGSchema(path: OfficialDocBookSchema.path) }

    private func bothSchemas() throws -> [RelaxNGSchema] {
        [try Self.renja.get(), try Self.official.get()]
    }

    func testTheGoldenDocBookIsValidUnderBoth() throws {
        let golden = try String(
            contentsOf: OfficialDocBookSchema.repository.appendingPathComponent("Tests/Goldens/jatiroto-2020/renja.xml"), encoding: .utf8)
        for schema in try bothSchemas() {
            XCTAssertEqual(try StreamValidationComparison.assertSameVerdict(golden, against: schema), [], schema.name)
        }
    }

    func testRenjasGrammarStreamsTheGoldenWhileTheOfficialSchemaNeedsTheWholeTree() throws {
        let golden = try XMLTreeParser.parse(
            String(contentsOf: OfficialDocBookSchema.repository.appendingPathComponent("Tests/Goldens/jatiroto-2020/renja.xml"), encoding: .utf8),
            fileName: "renja.xml")
        var wholeSubtrees: [Int] = []
        for schema in try bothSchemas() {
            let validator = schema.streamValidator(fileName: "renja.xml")
            try StreamValidationComparison.replay(golden, into: validator)
            XCTAssertEqual(validator.finish(), [])
            wholeSubtrees.append(validator.subtreesValidatedWhole)
        }
        // Under renja's grammar only 11 mixed-content section and table titles and the one
        // SVG chart are collected; the official schema's start is not compiled, so libxml2
        // validates the whole book as one tree.
        XCTAssertEqual(wholeSubtrees, [12, 1])
    }

    func testTheSmallestDocumentIsValidUnderBoth() throws {
        for schema in try bothSchemas() {
            XCTAssertEqual(try StreamValidationComparison.assertSameVerdict(DocBookTestDocuments.book(), against: schema), [])
        }
    }

    // MARK: - Invalid DocBook: the cases RenjaDocBookSchemaTests refuses, and more

    func testInvalidDocBookGetsTheTreeValidationsVerdict() throws {
        for (fault, xml) in DocBookTestDocuments.invalid {
            try assertRefusedByBoth(xml, fault: fault)
        }
    }

    func testRowSpansGetTheTreeValidationsVerdict() throws {
        XCTAssertEqual(try StreamValidationComparison.assertSameVerdict(DocBookTestDocuments.rowSpans, against: Self.renja.get()), [])
        for (value, xml) in DocBookTestDocuments.rowSpansOnlyRenjaRefuses {
            XCTAssertFalse(try StreamValidationComparison.assertSameVerdict(xml, against: Self.renja.get()).isEmpty, value)
        }
    }

    func testTextRefusedByAStreamedContentModelNamesItsElement() throws {
        // libxml2's streaming message says " TODO " where the element's name belongs.
        let xml = DocBookTestDocuments.book(chapter: "<title>BAB</title><itemizedlist>teks<listitem><para/></listitem></itemizedlist>")
        XCTAssertEqual(try StreamValidationComparison.streamIssues(of: xml, against: Self.renja.get()).map(\.message),
            ["Did not expect text in element itemizedlist content"])
    }

    func testSiblingsAfterARefusedElementAreNotReportedAgain() throws {
        // libxml2's automaton stays failed after a refused child: pushing each following
        // sibling would report each one. The tree validation reports the first only.
        let xml = DocBookTestDocuments.book(chapter: "<title>BAB</title><paragraf/><para>a</para><para>b</para><para>c</para>")
        XCTAssertEqual(try StreamValidationComparison.streamIssues(of: xml, against: Self.renja.get()).map(\.message),
            ["Did not expect element paragraf there"])
    }

    func testTheWrongRootIsRefused() throws {
        try assertRefusedByBoth("<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><para/></article>", sameMessages: false)
        try assertRefusedByBoth("<book version=\"5.0\"><info><title>Renja</title></info></book>", sameMessages: false)
    }

    func testTwoErrorsInDifferentChaptersAreBothReported() throws {
        let xml = """
            <book xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="id"><info><title>Renja</title></info>\
            <chapter xml:id="bab-1"><para>tanpa judul</para><para>lagi</para></chapter>\
            <chapter xml:id="bab-2"><title>BAB II</title><paragraf/></chapter></book>
            """
        let issues = try StreamValidationComparison.assertSameVerdict(xml, against: try Self.renja.get())
        XCTAssertGreaterThanOrEqual(issues.count, 2, "\(issues)")
    }

    func testADuplicateIDIsRefused() throws {
        try assertDuplicateIDRefused("bab-1", after: DocBookTestDocuments.book())
    }

    func testALinkToAnUndefinedIDIsRefused() throws {
        // Both name it: the tree validation's message once went to stderr, leaving "not valid".
        let dangling = DocBookTestDocuments.book(chapter: #"<title>BAB</title><para><xref linkend="tidak-ada"/></para>"#)
        for schema in try bothSchemas() {
            XCTAssertEqual(try StreamValidationComparison.assertSameVerdict(dangling, against: schema, sameMessages: false).map(\.message),
                [#"IDREF attribute linkend references an unknown ID "tidak-ada""#])
            XCTAssertEqual(try StreamValidationComparison.streamIssues(of: dangling, against: schema).map(\.message),
                [#"IDREF attribute linkend references an unknown ID "tidak-ada""#])
        }
        // A link to an ID defined later is fine: the check waits for the end.
        for schema in try bothSchemas() {
            XCTAssertEqual(try StreamValidationComparison.assertSameVerdict(DocBookTestDocuments.book(chapter: """
                <title>BAB</title><para><xref linkend="nanti"/></para><section xml:id="nanti"><title>S</title><para/></section>
                """), against: schema), [])
        }
    }

    /// Elements at one depth share one scratch node, reused by each; the IDs and links on
    /// them must outlive that reuse: links back and forth to every sibling section resolve,
    /// and a duplicate among siblings far apart is still found.
    func testIDsAndLinksSurviveTheReuseOfScratchNodes() throws {
        let sections = (1...30).map { index in
            #"<section xml:id="s\#(index)"><title>S\#(index)</title><para><xref linkend="s\#(31 - index)"/></para></section>"#
        }
        let chapter = "<title>BAB</title>" + sections.joined()
        for schema in try bothSchemas() {
            XCTAssertEqual(try StreamValidationComparison.assertSameVerdict(DocBookTestDocuments.book(chapter: chapter), against: schema), [])
        }
        try assertDuplicateIDRefused("s7", after: DocBookTestDocuments.book(chapter: chapter))
    }

    /// Sections nested 40 deep, twice: deeper than the validator's stacks start (16) and than
    /// any fixture, so the stacks and the pool of scratch nodes grow, and the second nest
    /// links and unlinks the pooled nodes of every depth again. Each section has an ID that
    /// the innermost one links to, so the IDs on those nodes must survive their reuse.
    func testSectionsNestedFortyDeepGetTheTreeValidationsVerdict() throws {
        let valid = DocBookTestDocuments.book(
            chapter: "<title>BAB</title>" + Self.nestedSections(depth: 40, nest: "a", bottom: "<para>dasar</para>")
                + Self.nestedSections(depth: 40, nest: "b", bottom: "<para>dasar</para>"))
        for schema in try bothSchemas() {
            XCTAssertEqual(try StreamValidationComparison.assertSameVerdict(valid, against: schema), [], schema.name)
        }
        let refusedAtTheBottom = DocBookTestDocuments.book(
            chapter: "<title>BAB</title>" + Self.nestedSections(depth: 40, nest: "a", bottom: "<paragraf/>")
                + Self.nestedSections(depth: 40, nest: "b", bottom: "<para>dasar</para>"))
        try assertRefusedByBoth(refusedAtTheBottom, fault: "an unknown element 40 sections deep")
        // Under renja's grammar, the very issues of the tree validation: none from the depths above.
        let renja = try Self.renja.get()
        let tree = renja.validate(refusedAtTheBottom, fileName: "renja.xml").map(\.message)
        XCTAssertEqual(tree, ["Did not expect element paragraf there"])
        XCTAssertEqual(try StreamValidationComparison.streamIssues(of: refusedAtTheBottom, against: renja).map(\.message), tree)
    }

    /// `depth` sections, each in the previous one after its title and paragraph, with `bottom`
    /// last in the innermost; their IDs are `nest`-1 to `nest`-`depth`, and the innermost
    /// links to the outermost.
    private static func nestedSections(depth: Int, nest: String, bottom: String) -> String {
        let opening = (1...depth).map { level in
            #"<section xml:id="\#(nest)-\#(level)"><title>\#(level)</title><para>\#(level)</para>"#
        }
        return opening.joined() + #"<para><xref linkend="\#(nest)-1"/></para>"# + bottom
            + String(repeating: "</section>", count: depth)
    }

    // MARK: - The contract

    func testAValidatorThatSawNoElementReportsInvalid() throws {
        let validator = try Self.renja.get().streamValidator(fileName: "kosong.xml")
        XCTAssertEqual(validator.finish().map(\.description), ["kosong.xml:0:0: document is not valid against renja-docbook.rng"])
    }

    func testAnUnfinishedDocumentIsInvalid() throws {
        let validator = try Self.renja.get().streamValidator(fileName: "renja.xml")
        validator.startElement("book", namespace: XMLNamespaceURI.docBook, attributes: [])
        XCTAssertFalse(validator.finish().isEmpty)
    }

    func testFinishReleasesTheSchemaForTheNextValidation() throws {
        let schema = try Self.renja.get()
        let document = DocBookTestDocuments.book()
        XCTAssertEqual(try StreamValidationComparison.streamIssues(of: document, against: schema), [])
        XCTAssertEqual(schema.validate(document, fileName: "renja.xml"), [])
        XCTAssertEqual(try StreamValidationComparison.streamIssues(of: document, against: schema), [])
    }

    func testValidatorsOnManyThreadsShareOneSchemaOrEachHaveTheirOwn() throws {
        // The shared schema's lock serializes whole validations, from init to finish; a
        // recompiled schema needs none. Tree validations of the shared schema interleave.
        let shared = try Self.renja.get()
        let valid = try XMLTreeParser.parse(DocBookTestDocuments.book(), fileName: "renja.xml")
        let invalidText = DocBookTestDocuments.book(chapter: "<para>tanpa judul</para>")
        let invalid = try XMLTreeParser.parse(invalidText, fileName: "renja.xml")
        let expected = try StreamValidationComparison.streamIssues(of: invalidText, against: shared)
        XCTAssertFalse(expected.isEmpty)
        let failures = FailureCounter()
        DispatchQueue.concurrentPerform(iterations: 24) { index in
            guard let schema = index.isMultiple(of: 3) ? try? shared.recompiled() : shared else { return failures.add() }
            let validator = schema.streamValidator(fileName: "renja.xml")
            guard (try? StreamValidationComparison.replay(index.isMultiple(of: 2) ? valid : invalid, into: validator)) != nil else {
                _ = validator.finish()
                return failures.add()
            }
            if validator.finish() != (index.isMultiple(of: 2) ? [] : expected) { failures.add() }
            if shared.validate(invalidText, fileName: "renja.xml").isEmpty { failures.add() }
        }
        XCTAssertEqual(failures.count, 0)
    }

    func testAnAttributeValueHoldingANULDoesNotOverrunTheBufferReusedForTheNext() throws {
        // libxml2 copies a value up to its first NUL; a recycled attribute's buffer is as long
        // as that copy, not as the Swift string. (The writer refuses a NUL before telling the
        // validator; the validator must not rely on it. Under ASan this overran the buffer.)
        let validator = try Self.renja.get().streamValidator(fileName: "renja.xml")
        let docBook = XMLNamespaceURI.docBook
        func start(_ name: String, _ attributes: [(String?, String, String)] = []) {
            validator.startElement(name, namespace: docBook, attributes: attributes.map {
                XMLMarkupAttribute(namespace: $0.0, localName: $0.1, value: $0.2)
            })
        }
        start("book", [(nil, "version", "5.0"), (XMLNamespaceURI.xml, "lang", "id")])
        start("info")
        start("title")
        validator.text("Renja")
        validator.endElement()
        validator.endElement()
        start("chapter", [(XMLNamespaceURI.xml, "id", "bab-1")])
        start("title")
        validator.text("BAB I")
        validator.endElement()
        start("table", [(XMLNamespaceURI.xml, "id", "t")])
        start("title")
        validator.endElement()
        start("tgroup", [(nil, "cols", "1")])
        start("colspec", [(nil, "colname", "c1")])
        validator.endElement()
        start("tbody")
        // The first value's attribute is recycled for the second (held to its first NUL),
        // whose buffer is then reused for the third, longer than that.
        for column in ["c1", "c\u{0}" + String(repeating: "b", count: 100), String(repeating: "c", count: 100)] {
            start("row")
            start("entry", [(nil, "colname", column)])
            validator.endElement()
            validator.endElement()
        }
        for _ in 1...5 {
            validator.endElement()
        }
        XCTAssertEqual(validator.finish(), [])
    }

    func testTextWrittenInPiecesIsOneText() throws {
        let validator = try Self.renja.get().streamValidator(fileName: "renja.xml")
        let root = try XMLTreeParser.parse(DocBookTestDocuments.book(), fileName: "renja.xml")
        // The same document, with the para's text written as a blank piece and two others.
        var pieces = root
        pieces.children = root.children.map { child in
            guard case var .element(chapter) = child, chapter.name == "chapter" else { return child }
            chapter.children = chapter.children.map { node in
                guard case var .element(para) = node, para.name == "para" else { return node }
                para.children = [.text(" "), .text("Is"), .text("i.")]
                return .element(para)
            }
            return .element(chapter)
        }
        try StreamValidationComparison.replay(pieces, into: validator)
        XCTAssertEqual(validator.finish(), [])
    }

    /// `xml` with one more chapter whose `xml:id` is `id`, already defined in `xml`, is refused
    /// by both validations under both schemas. Built, not parsed: the parser refuses a
    /// duplicate xml:id before any validation.
    private func assertDuplicateIDRefused(_ id: String, after xml: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var root = try XMLTreeParser.parse(xml, fileName: "renja.xml")
        root.children.append(.element(XMLElement(
            "chapter", attributes: [.init("xml:id", id)],
            children: [.element(XMLElement("title", children: [.text("II")])), .element(XMLElement("para"))])))
        for schema in try bothSchemas() {
            let validator = schema.streamValidator(fileName: "renja.xml")
            try StreamValidationComparison.replay(root, into: validator)
            let issues = validator.finish().map(\.message)
            XCTAssertFalse(try XMLSerializer().serialize(root, validatingAgainst: schema, fileName: "renja.xml").issues.isEmpty, file: file, line: line)
            XCTAssertTrue(
                issues.contains("ID \(id) redefined") || issues.contains("Invalid attribute id for element chapter"),
                "\(schema.name): \(issues)", file: file, line: line)
        }
    }

    private func assertRefusedByBoth(
        _ xml: String, fault: String = "it", sameMessages: Bool = true, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        for schema in try bothSchemas() {
            // The official schema's content models are mostly validated whole, where libxml2's
            // messages differ most: only the verdict is compared there.
            let issues = try StreamValidationComparison.assertSameVerdict(
                xml, against: schema, sameMessages: sameMessages && schema.source == Self.renja.get().source, file: file, line: line)
            XCTAssertFalse(issues.isEmpty, "\(schema.name) accepts \(fault)", file: file, line: line)
        }
    }
}

/// Counts failures seen on several threads.
private final class FailureCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var failures = 0

    func add() {
        lock.withLock { failures += 1 }
    }

    var count: Int { lock.withLock { failures } }
}
