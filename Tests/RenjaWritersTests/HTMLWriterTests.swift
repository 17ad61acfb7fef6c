import Foundation
import RenjaDocument
import RenjaXML
import XCTest

@testable import RenjaWriters

final class HTMLWriterTests: XCTestCase {
    private var html = XMLElement("unwritten")

    override func setUpWithError() throws {
        html = try WrittenTree.html(SampleDocument.document)
    }

    func testPageIsIndonesianPolyglotHTMLWithCharsetTitleAndInlineStyle() throws {
        XCTAssertEqual(html.name, "html")
        XCTAssertEqual(html.namespace, XMLNamespaceURI.xhtml)
        XCTAssertEqual(html.attribute("lang"), "id")
        let head = try XCTUnwrap(html.childElements.first)
        XCTAssertEqual(head.childElements.map(\.name), ["meta", "meta", "title", "style"])
        XCTAssertEqual(head.childElements[0].attribute("charset"), "utf-8")
        XCTAssertEqual(head.childElements[2].textContent, "Renja Kecamatan Jatiroto 2020")
        XCTAssertEqual(head.childElements[3].textContent, HTMLStylesheet.css)
    }

    func testStylesheetHoldsNoCharacterAnHTMLParserWouldReadRaw() {
        XCTAssertFalse(HTMLStylesheet.css.contains { "<>&".contains($0) })
    }

    func testStylesheetHasThePrintRulesForA4LandscapeTablesAndChapterBreaks() {
        let css = HTMLStylesheet.css
        XCTAssertTrue(css.contains("@page { size: A4;"))
        XCTAssertTrue(css.contains("@page landscape { size: A4 landscape;"))
        XCTAssertTrue(css.contains(".landscape { page: landscape; }"))
        XCTAssertTrue(css.contains("thead { display: table-header-group; }"))
        XCTAssertTrue(css.contains("section.front, section.chapter { break-before: page; }"))
    }

    func testCoverLinesComeFirst() throws {
        let cover = try XCTUnwrap(html.descendant(named: "header", where: "class", is: "cover"))
        XCTAssertEqual(cover.childElements.map(\.textContent), ["RENJA", "(RENCANA KERJA)", "KECAMATAN JATIROTO", "2020"])
    }

    func testSectionsNestWithHeadingLevelsAndPrintedNumbers() throws {
        let chapter = try XCTUnwrap(html.descendant(named: "section", where: "id", is: "bab-1"))
        XCTAssertEqual(chapter.attribute("class"), "chapter")
        XCTAssertEqual(chapter.childElements.first?.name, "h1")
        XCTAssertEqual(chapter.childElements.first?.textContent, "BAB I PENDAHULUAN")
        let subSection = try XCTUnwrap(html.descendant(named: "section", where: "id", is: "pengertian-renja"))
        XCTAssertEqual(subSection.childElements.first?.name, "h3")
        XCTAssertEqual(subSection.childElements.first?.textContent, "1.1.1 Pengertian Renja")
        let front = try XCTUnwrap(html.descendant(named: "section", where: "id", is: "pengantar"))
        XCTAssertEqual(front.childElements.first?.childElements, [], "front matter has no number")
    }

    func testTableOfContentsIsANestedListOfLinksWithNumbers() throws {
        let nav = try XCTUnwrap(html.descendant(named: "nav", where: "class", is: "toc"))
        let links = nav.descendants(named: "a")
        XCTAssertEqual(
            links.map { $0.attribute("href") },
            ["#pengantar", "#daftar-isi", "#bab-1", "#latar-belakang", "#landasan-hukum", "#bab-2"])
        XCTAssertEqual(links[2].textContent, "BAB I PENDAHULUAN")
        XCTAssertEqual(links[3].textContent, "1.1 Latar Belakang")
        let chapterItem = try XCTUnwrap(nav.childElements.first?.childElements[2])
        XCTAssertEqual(chapterItem.childElements.map(\.name), ["a", "ul"])
    }

    func testListMarkers() throws {
        let section = try XCTUnwrap(html.descendant(named: "section", where: "id", is: "landasan-hukum"))
        let lists = section.childElements.filter { ["ol", "ul"].contains($0.name) }
        XCTAssertEqual(lists.map(\.name), ["ol", "ol", "ol", "ol", "ul"])
        XCTAssertEqual(lists.map { $0.attribute("type") }, [nil, "a", "A", nil, nil])
        XCTAssertEqual(lists[3].attribute("class"), "arabic-paren")
        XCTAssertEqual(lists[4].childElements.first?.childElements.map(\.name), ["p", "ol"])
    }

    func testInlinesBecomeEmStrongBreaksLinksAndMathML() throws {
        let section = try XCTUnwrap(html.descendant(named: "section", where: "id", is: "latar-belakang"))
        let paragraph = try XCTUnwrap(section.childElements.first { $0.name == "p" })
        XCTAssertEqual(paragraph.childElements.map(\.name), ["strong", "a", "a"])
        XCTAssertEqual(paragraph.childElements[0].childElements.map(\.name), ["br"])
        XCTAssertEqual(paragraph.childElements[1].attribute("href"), "#tc-29")
        XCTAssertEqual(paragraph.childElements[1].textContent, "Tabel T-C.29")
        XCTAssertEqual(paragraph.childElements[2].textContent, "gambar-hubungan", "an unlabelled reference shows its id")
        let math = try XCTUnwrap(html.descendants(named: "math").first)
        XCTAssertEqual(math.namespace, XMLNamespaceURI.mathML)
        XCTAssertEqual(math.descendants(named: "mo").map(\.textContent), ["×", "%"])
    }

    func testFigureHoldsTheDrawingAndANumberedCaption() throws {
        let figure = try XCTUnwrap(html.descendant(named: "figure", where: "id", is: "gambar-hubungan"))
        XCTAssertEqual(figure.childElements.first, SampleDocument.drawing)
        XCTAssertEqual(figure.childElements.last?.name, "figcaption")
        XCTAssertEqual(figure.childElements.last?.textContent, "Gambar 1.3Bagan Hubungan Antar Dokumen")
    }

    func testSignatureIsAClassedBlockWithItsLines() throws {
        let signature = try XCTUnwrap(html.descendant(named: "div", where: "class", is: "signature"))
        XCTAssertEqual(
            signature.childElements.map(\.textContent),
            ["Jatiroto, Juli 2019", "CAMAT JATIROTO", "Drs. PUJIANTO", "NIP. 19681114 199003 1 004"])
        XCTAssertEqual(signature.childElements[2].attribute("class"), "signature-name")
    }

    func testLandscapeTableSitsInAScrollingLandscapeWrapperWithCaptionLines() throws {
        let wrapper = try XCTUnwrap(html.descendant(named: "div", where: "class", is: "table-scroll landscape"))
        let table = try XCTUnwrap(wrapper.childElements.first)
        XCTAssertEqual(table.attribute("id"), "tc-29")
        XCTAssertEqual(table.childElements.map(\.name), ["caption", "colgroup", "thead", "tbody"])
        let caption = table.childElements[0]
        XCTAssertEqual(caption.childElements.first?.textContent, "Tabel T-C.29")
        XCTAssertEqual(caption.textContent, "Tabel T-C.29Rekapitulasi EvaluasiKabupaten Lumajang")
        XCTAssertEqual(caption.childElements.map(\.name), ["span", "br", "br"])
        XCTAssertEqual(
            table.childElements[1].childElements.map { $0.attribute("style") },
            ["width: 9%", "width: 36%", "width: 18%", "width: 18%", "width: 18%"])
    }

    func testTableWithoutLandscapeOrWidthsHasAPlainWrapperAndNoColumnGroup() throws {
        let table = Table(id: "t", caption: ["Judul"], header: [Row(cells: [Cell(text: "A")])], body: [Row(cells: [Cell(text: "1")])])
        let document = Document(coverLines: [], title: "T", sections: [Section(id: "s", kind: .front, title: "S", blocks: [.table(table)])])
        let wrapper = try XCTUnwrap(WrittenTree.html(document).descendants(named: "div").first)
        XCTAssertEqual(wrapper.attribute("class"), "table-scroll")
        XCTAssertEqual(wrapper.childElements.first?.childElements.map(\.name), ["caption", "thead", "tbody"])
        XCTAssertEqual(wrapper.descendants(named: "caption").first?.childElements.first?.textContent, "Tabel")
    }

    func testHeaderCellsAreThWithColumnOrColumnGroupScope() throws {
        let head = try XCTUnwrap(html.descendants(named: "thead").first)
        let firstRow = head.childElements[0].childElements
        XCTAssertEqual(firstRow.map(\.name), ["th", "th", "th", "th"])
        XCTAssertEqual(firstRow.map { $0.attribute("scope") }, ["col", "col", "colgroup", "col"])
        XCTAssertEqual(firstRow.map { $0.attribute("colspan") }, [nil, nil, "2", nil])
        XCTAssertEqual(firstRow.map { $0.attribute("rowspan") }, ["2", "2", nil, "2"])
        XCTAssertEqual(head.childElements.map { $0.attribute("class") }, [nil, nil, "row-column-numbers"])
    }

    func testEachAlignmentIsItsOwnClassAndLeftNone() throws {
        let body = try XCTUnwrap(WrittenTree.html(SampleDocument.alignments).descendants(named: "tbody").first)
        XCTAssertEqual(body.childElements[0].childElements.map { $0.attribute("class") }, [nil, "align-center", "align-right"])
    }

    func testBodyCellsAreTdWithSpansAlignmentClassesAndRowRoleClasses() throws {
        let body = try XCTUnwrap(html.descendants(named: "tbody").first)
        XCTAssertEqual(body.childElements.map { $0.attribute("class") }, ["row-group", nil, nil, "row-total"])
        let firstRow = body.childElements[0].childElements
        XCTAssertEqual(firstRow.map(\.name), ["td", "td", "td", "td"])
        XCTAssertEqual(firstRow.map { $0.attribute("rowspan") }, ["3", nil, nil, nil])
        XCTAssertEqual(firstRow.map { $0.attribute("colspan") }, [nil, "2", nil, nil])
        XCTAssertEqual(firstRow.map { $0.attribute("class") }, [nil, nil, "align-right", "align-right"])
        XCTAssertNil(firstRow.first { $0.attribute("style") != nil }, "alignment is a class, never an inline style")
    }

    func testSpansGoOnPastTheCommonSpans() throws {
        // Spans up to 7 are prepared once; a wider or taller cell must still be counted.
        let wide = Table(
            id: "tabel-lebar", caption: ["Lebar"], header: [Row(cells: [Cell(text: "A", columnSpan: 12)])],
            body: [Row(cells: [Cell(text: "a", rowSpan: 9), Cell(text: "b", columnSpan: 11)])]
                + (0..<8).map { _ in Row(cells: [Cell(text: "c", columnSpan: 11)]) })
        let document = Document(
            coverLines: [], title: "Judul", sections: [Section(id: "bab-1", kind: .chapter, title: "T", blocks: [.table(wide)])])
        let page = try WrittenTree.html(document)
        let header = try XCTUnwrap(page.descendants(named: "th").first)
        XCTAssertEqual([header.attribute("scope"), header.attribute("colspan")], ["colgroup", "12"])
        let firstRow = try XCTUnwrap(page.descendants(named: "tbody").first).childElements[0].childElements
        XCTAssertEqual(firstRow.map { $0.attribute("rowspan") }, ["9", nil])
        XCTAssertEqual(firstRow.map { $0.attribute("colspan") }, [nil, "11"])
    }

    func testWritingTwiceGivesTheSameBytes() throws {
        let writer = HTMLWriter()
        XCTAssertEqual(try writer.render(SampleDocument.document), try writer.render(SampleDocument.document))
    }

    func testRenderedPageIsPolyglotAndEscapesText() throws {
        let rendered = try HTMLWriter().renderedText(SampleDocument.document)
        XCTAssertTrue(rendered.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">"))
        XCTAssertTrue(rendered.contains("<meta charset=\"utf-8\"/>"))
        XCTAssertTrue(rendered.contains("Tom &amp; Jerry &lt;b&gt;\"kutip\" 'tunggal'&lt;/b&gt; ]]&gt; selesai"))
        XCTAssertTrue(rendered.contains("<td></td>"), "an empty cell is closed explicitly, never <td/>")
        XCTAssertTrue(rendered.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"))
        XCTAssertTrue(rendered.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    func testTextAndStylesheetReadBackExactlyAfterSerialization() throws {
        let doctype = "<!DOCTYPE html>\n"
        let rendered = try HTMLWriter().renderedText(SampleDocument.document)
        XCTAssertTrue(rendered.hasPrefix(doctype))
        // The reader refuses every DOCTYPE (a safety policy), so the fixed HTML one is cut off.
        let parsed = try XMLTreeParser.parse(String(rendered.dropFirst(doctype.count)), fileName: "renja.html")
        let chapter = try XCTUnwrap(parsed.descendant(named: "section", where: "id", is: "bab-1"))
        XCTAssertEqual(chapter.childElements.first { $0.name == "p" }?.textContent, SampleDocument.awkwardText)
        XCTAssertEqual(parsed.descendants(named: "style").first?.textContent, HTMLStylesheet.css)
        XCTAssertEqual(parsed.descendants(named: "td")[1].textContent, "ProgramPelayanan & Administrasi")
    }

    /// Writes the sample's HTML to `$RENJA_WRITERS_SAMPLE_DIR/renja.html` when set, for
    /// checking by hand with the Nu HTML checker and a browser.
    func testWritesTheSampleForExternalCheckersWhenAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["RENJA_WRITERS_SAMPLE_DIR"] else {
            throw XCTSkip("RENJA_WRITERS_SAMPLE_DIR is not set")
        }
        let url = URL(fileURLWithPath: directory).appendingPathComponent("renja.html")
        try HTMLWriter().renderedText(SampleDocument.document).write(to: url, atomically: true, encoding: .utf8)
    }
}
