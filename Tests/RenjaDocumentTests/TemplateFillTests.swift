@testable import RenjaDocument
import RenjaModel
import XCTest

final class TemplateFillTests: XCTestCase {
    private typealias Support = TemplateTestSupport

    func testValuesArriveAsExactTextWhateverTheyHold() throws {
        let (document, diagnostics) = Support.fill(
            body: "<para>Nama: {{opd.nama}}.</para>",
            fields: ["opd": .record(["nama": .text("A & B <c> ]]>")])])
        XCTAssertEqual(diagnostics, [])
        let chapter = try XCTUnwrap(document?.sections.first)
        XCTAssertEqual(chapter.blocks, [.paragraph([.text("Nama: A & B <c> ]]>.")])])
    }
}

extension TemplateFillTests {
    func testTextRunsInsideEmphasisAreOneRun() throws {
        // Bug found: literal and value runs inside <emphasis> stayed separate `.text`s.
        let (document, diagnostics) = Support.fill(
            body: "<para><emphasis role=\"strong\">BAB : {{judul}} .</emphasis></para>", fields: ["judul": .text("PENUTUP")])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.sections.first?.blocks, [.paragraph([.strong([.text("BAB : PENUTUP .")])])])
    }

    func testTemplateWhiteSpaceFoldsButValuesKeepTheirs() throws {
        let (document, _) = Support.fill(
            body: "<para>\n   Satu\n   dua <emphasis>tiga</emphasis>  {{v}}\n</para>", fields: ["v": .text("a  b")])
        XCTAssertEqual(document?.sections.first?.blocks, [.paragraph([.text("Satu dua "), .emphasis([.text("tiga")]), .text(" a  b")])])
    }

    func testEachIfAndElse() throws {
        let body = """
            <orderedlist numeration="loweralpha">
              <r:each select="program" as="p">
                <listitem>
                  <para>{{p.nama}}</para>
                  <r:if test="p.kegiatan">
                    <itemizedlist><r:each select="p.kegiatan" as="k"><listitem>{{k}}</listitem></r:each></itemizedlist>
                  <r:else/>
                    <para>Tidak ada kegiatan.</para>
                  </r:if>
                </listitem>
              </r:each>
            </orderedlist>
            """
        let fields: [String: TemplateValue] = ["program": .list([
            .record(["nama": .text("P1"), "kegiatan": .texts(["K1", "K2"])]),
            .record(["nama": .text("P2"), "kegiatan": .list([])]),
        ])]
        let (document, diagnostics) = Support.fill(body: body, fields: fields)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.sections.first?.blocks, [.list(ListBlock(marker: .loweralpha, items: [
            [.paragraph([.text("P1")]), .list(ListBlock(marker: .bullet, items: [[.paragraph([.text("K1")])], [.paragraph([.text("K2")])]]))],
            [.paragraph([.text("P2")]), .paragraph([.text("Tidak ada kegiatan.")])],
        ]))])
    }

    func testLoopVariableShadowsAndPlaceholdersFillAttributes() throws {
        let body = """
            <r:each select="bab" as="opd"><para><xref linkend="{{opd.id}}"/> {{opd.id}}</para></r:each>
            <section><title>{{opd.nama}}</title></section>
            """
        let fields: [String: TemplateValue] = [
            "opd": .record(["nama": .text("x")]),
            "bab": .list([.record(["id": .text("bab-1")])]),
        ]
        let (document, diagnostics) = Support.fill(body: body, fields: fields)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.sections.first?.blocks, [.paragraph([.reference(id: "bab-1", label: "BAB I"), .text(" bab-1")])])
        XCTAssertEqual(document?.sections.first?.subsections.map(\.id), ["bab-1-1"], "a section without xml:id is named after its parent")
        XCTAssertEqual(document?.sections.first?.subsections.map(\.title), ["x"])
    }

    func testBlocksArePlacedWhereTheTemplateSays() throws {
        let signature = Block.signature(Signature(placeAndDate: "Jatiroto, Juli 2019", title: "CAMAT", name: "A", nip: nil))
        let (document, diagnostics) = Support.fill(body: "<para>a</para><r:block ref=\"tanda-tangan\"/>", blocks: ["tanda-tangan": signature])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.sections.first?.blocks, [.paragraph([.text("a")]), signature])
    }

    func testUnresolvedReferenceIsAnErrorAtTheXref() {
        let (document, diagnostics) = Support.fill(body: "<para>Lihat <xref linkend=\"tc-99\"/>.</para>")
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.map(\.description), ["templates/bab-1.xml:3:13: error: <xref linkend=\"tc-99\"/> names nothing in the document"])
    }
}

extension TemplateFillTests {
    func testChapterMayWalkTheChapterListAtItsTopLevel() throws {
        // Bug found: the chapter-heading pass expanded the chapter's top-level loops before
        // `bab` existed and reported it as an unknown placeholder.
        let (document, diagnostics) = TemplateTestSupport.fill(body: "<r:each select=\"bab\" as=\"b\"><para>{{b.judul}} {{jumlah_bab}}</para></r:each>")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.sections.first?.blocks, [.paragraph([.text("PENDAHULUAN 1 (satu)")])])
    }
}

extension TemplateFillTests {
    func testABlockNoTemplatePlacesIsAWarning() {
        let blocks: [String: Block] = ["tc-29": .paragraph([.text("T-C.29")]), "tanda-tangan": .paragraph([.text("ttd")])]
        let (document, diagnostics) = TemplateTestSupport.fill(body: "<r:block ref=\"tanda-tangan\"/>", blocks: blocks)
        XCTAssertNotNil(document, "a warning does not stop the build")
        XCTAssertEqual(diagnostics.map(\.description), ["warning: the generated block 'tc-29' is placed by no template"])
    }
}

extension TemplateFillTests {
    func testTheTeksKeysAreThoseTheOutlinesTemplatesReferTo() throws {
        let (set, diagnostics) = TemplateSet.parse([
            TemplateTestSupport.outline(chapters: ["bab-1.xml"]),
            TemplateTestSupport.chapter("bab-1.xml", id: "bab-1", title: "PENDAHULUAN", body: """
                <para>{{teks.dalam_teks}} {{ teks.dengan_spasi }} {{p.teks.milik_lain}} teks.</para>
                <r:each select="teks.dipilih" as="paragraf"><para>{{paragraf}}</para></r:each>
                <r:if test="teks.diuji"><para>ada</para></r:if>
                """),
            TemplateTestSupport.chapter("lampiran.xml", id: "lampiran", title: "LAMPIRAN", body: "<para>{{teks.tidak_dipakai}}</para>"),
        ])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(set).teksKeys, ["dalam_teks", "dengan_spasi", "dipilih", "diuji"],
                       "not a field of another record, not a template the outline leaves out")
    }
}

extension TemplateFillTests {
    /// Two made ids alike (a file named like another file's made section id) are reported at
    /// the sections, where they would have made an invalid DocBook.
    func testMadeIDsAlikeAreReportedAtTheirSections() throws {
        let chapter = { (title: String, body: String) in
            "<chapter \(TemplateTestSupport.namespaces)>\n<title>\(title)</title>\n\(body)\n</chapter>\n"
        }
        let (set, parseDiagnostics) = TemplateSet.parse([
            TemplateTestSupport.outline(chapters: ["a.xml", "a.xml-1"]),
            TemplateTestSupport.source("a.xml", chapter("A", "<section><title>S</title><para>s</para></section>")),
            TemplateTestSupport.source("a.xml-1", chapter("B", "<para>b</para>")),
        ])
        XCTAssertEqual(parseDiagnostics, [])
        let (document, diagnostics) = DocumentBuilder().build(context: TemplateContext(fields: [:]), templates: try XCTUnwrap(set), blocks: [:])
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.map(\.description), ["templates/a.xml:3:1: error: the id 'a.xml-1' is already used at templates/a.xml-1:1:1"])
    }
}
