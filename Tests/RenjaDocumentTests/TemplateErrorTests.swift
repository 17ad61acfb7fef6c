import RenjaDocument
import RenjaModel
import XCTest

/// Every class of template error is reported at its exact place, and nothing is silently empty.
final class TemplateErrorTests: XCTestCase {
    private typealias Support = TemplateTestSupport

    private func errors(body: String, fields: [String: TemplateValue] = [:], blocks: [String: Block] = [:]) -> [String] {
        let (document, diagnostics) = Support.fill(body: body, fields: fields, blocks: blocks)
        XCTAssertNil(document, "a template with errors makes no document")
        return diagnostics.map(\.description)
    }

    private let opd: [String: TemplateValue] = ["opd": .record(["nama": .text("Kecamatan Jatiroto")])]

    func testUnknownPlaceholderIsAnErrorAtItsBraces() {
        XCTAssertEqual(
            errors(body: "<para>Renja {{opd.nama}} dan {{opd.namaa}}.</para>", fields: opd),
            ["templates/bab-1.xml:3:30: error: unknown placeholder 'opd.namaa'"])
    }

    func testUnknownPlaceholderOnALaterLineOfAParagraph() {
        XCTAssertEqual(
            errors(body: "<para>Renja\n    {{tahun.n}}</para>", fields: opd),
            ["templates/bab-1.xml:4:5: error: unknown placeholder 'tahun.n'"])
    }

    func testPlaceholderOfAListIsNotText() {
        XCTAssertEqual(
            errors(body: "<para>{{misi}}</para>", fields: ["misi": .texts(["a"])]),
            ["templates/bab-1.xml:3:7: error: 'misi' is a list, not text"])
    }

    func testLoopOverNonListIsAnError() {
        XCTAssertEqual(
            errors(body: "  <r:each select=\"opd.nama\" as=\"x\"><para>{{x}}</para></r:each>", fields: opd),
            ["templates/bab-1.xml:3:3: error: r:each select=\"opd.nama\" is text, not a list"])
    }

    func testUnclosedElementIsAnError() {
        XCTAssertEqual(errors(body: "<para>Renja</para>\n<itemizedlist><listitem>satu</listitem>"), [
            "templates/bab-1.xml:5:11: error: Opening and ending tag mismatch: itemizedlist line 4 and chapter",
            "templates/bab-1.xml:6:1: error: Premature end of data in tag chapter line 1",
        ])
    }

    func testUnsupportedElementIsAnError() {
        let diagnostics = errors(body: "<para>a</para>\n <table><tr/></table>")
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(
            diagnostics.first?.hasPrefix("templates/bab-1.xml:4:2: error: unsupported element <table>; templates use: info,") == true,
            "\(diagnostics)")
    }

    func testUnknownRenjaElementIsAnError() {
        let diagnostics = errors(body: "<r:include file=\"x.xml\"/>")
        XCTAssertTrue(diagnostics.first?.hasPrefix("templates/bab-1.xml:3:1: error: unsupported element <r:include>") == true, "\(diagnostics)")
    }

    func testSupportedElementInTheWrongPlaceIsAnError() {
        XCTAssertEqual(
            errors(body: "<para>a <para>b</para></para>"),
            ["templates/bab-1.xml:3:9: error: <para> is not allowed inside <para>"])
    }

    func testUnknownBlockRefIsAnError() {
        let blocks: [String: Block] = ["tc-29": .paragraph([.text("T-C.29")])]
        XCTAssertEqual(
            errors(body: "<r:block ref=\"tc-29\"/>\n<r:block ref=\"tc-99\"/>", blocks: blocks),
            ["templates/bab-1.xml:4:1: error: unknown block 'tc-99' (known: tc-29)"])
    }

    func testExternalEntityIsRefused() {
        let text = """
            <!DOCTYPE chapter [<!ENTITY rahasia SYSTEM "file:///etc/passwd">]>
            <chapter \(Support.namespaces) xml:id="bab-1"><title>A</title><para>&rahasia;</para></chapter>
            """
        let (set, diagnostics) = TemplateSet.parse([Support.outline(chapters: ["bab-1.xml"]), Support.source("bab-1.xml", text)])
        XCTAssertNil(set)
        XCTAssertEqual(diagnostics.map(\.description), [
            "templates/bab-1.xml:1:1: error: DOCTYPE declarations and external DTDs are not allowed (entities are never loaded); use no DOCTYPE, or <!DOCTYPE html>"
        ])
    }

    func testUnclosedPlaceholderIsAnError() {
        XCTAssertEqual(
            errors(body: "<para>Renja {{opd.nama</para>", fields: opd),
            ["templates/bab-1.xml:3:13: error: '{{' without a closing '}}'"])
    }

    func testElseOutsideIfIsAnError() {
        XCTAssertEqual(errors(body: "<r:else/>"), ["templates/bab-1.xml:3:1: error: <r:else/> stands outside an <r:if>"])
    }

    func testTextAfterASubsectionIsAnError() {
        XCTAssertEqual(
            errors(body: "<section><title>A</title></section>\n<para>b</para>"),
            ["templates/bab-1.xml:4:1: error: <para> after a <section>: a section's text must come before its sub-sections"])
    }

    func testOutlineNamingAMissingFileIsAnError() {
        let (set, diagnostics) = TemplateSet.parse([Support.outline(chapters: ["bab-1.xml", "bab-9.xml"])])
        XCTAssertNil(set)
        XCTAssertEqual(diagnostics.map(\.description), [
            "templates/outline.xml:2:1: error: the outline names bab-1.xml, which is not among the templates",
            "templates/outline.xml:3:1: error: the outline names bab-9.xml, which is not among the templates",
        ])
    }

    func testEveryErrorOfATemplateIsReportedInOneRun() {
        let diagnostics = errors(body: "<para>{{a}}</para>\n<para>{{b}}</para>\n<r:block ref=\"x\"/>")
        XCTAssertEqual(diagnostics.count, 3, "\(diagnostics)")
    }
}

extension TemplateErrorTests {
    func testUnsupportedNumerationIsAnError() {
        XCTAssertEqual(
            errors(body: "<orderedlist numeration=\"lowerroman\"><listitem>a</listitem></orderedlist>"),
            ["templates/bab-1.xml:3:1: error: numeration=\"lowerroman\" is not supported; use arabic, loweralpha or upperalpha"])
    }

    func testLoopVariableMustBeAPlainName() {
        XCTAssertEqual(
            errors(body: "<r:each select=\"xs\" as=\"a.b\"><para>{{a}}</para></r:each>", fields: ["xs": .texts(["1"])]),
            ["templates/bab-1.xml:3:1: error: r:each as=\"a.b\" must be a plain name"])
        // A name placeholders cannot reach was accepted, and its loop printed nothing usable.
        for name in ["a b", "a+b", " a"] {
            XCTAssertEqual(
                errors(body: "<r:each select=\"xs\" as=\"\(name)\"><para>x</para></r:each>", fields: ["xs": .texts(["1"])]),
                ["templates/bab-1.xml:3:1: error: r:each as=\"\(name)\" must be a plain name"], name)
        }
    }

    func testFieldOfTextIsAnError() {
        XCTAssertEqual(
            errors(body: "<para>{{opd.nama.x}}</para>", fields: opd),
            ["templates/bab-1.xml:3:7: error: 'opd.nama' is text, it has no fields"])
    }
}

extension TemplateErrorTests {
    func testABlockPlacedTwiceIsAnError() {
        let blocks: [String: Block] = ["tc-29": .table(Table(id: "tc-29", number: "T-C.29", caption: [], header: [], body: []))]
        XCTAssertEqual(
            errors(body: "<r:block ref=\"tc-29\"/>\n<section xml:id=\"a\"><title>A</title><r:block ref=\"tc-29\"/></section>", blocks: blocks),
            ["templates/bab-1.xml:4:37: error: the id 'tc-29' is already used at templates/bab-1.xml:3:1"])
    }

    func testAnIDDefinedInTwoTemplatesIsAnError() throws {
        // Within one file libxml2 already refuses a repeated xml:id; across files it is ours to see.
        let (set, _) = TemplateSet.parse([
            Support.outline(chapters: ["bab-1.xml", "bab-2.xml"]),
            Support.chapter("bab-1.xml", id: "bab-1", title: "A", body: "<section xml:id=\"tujuan\"><title>T</title></section>"),
            Support.chapter("bab-2.xml", id: "bab-2", title: "B", body: "<section xml:id=\"tujuan\"><title>T</title></section>"),
        ])
        let (document, diagnostics) = DocumentBuilder().build(context: TemplateContext(fields: [:]), templates: try XCTUnwrap(set), blocks: [:])
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.map(\.description), ["templates/bab-2.xml:3:1: error: the id 'tujuan' is already used at templates/bab-1.xml:3:1"])
    }
}
