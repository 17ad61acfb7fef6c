import Foundation
import RenjaDocument
import RenjaXML
import XCTest

@testable import RenjaWriters

final class DocBookWriterTests: XCTestCase {
    private var book = XMLElement("unwritten")

    override func setUpWithError() throws {
        book = try WrittenTree.docBook(SampleDocument.document)
    }

    func testBookIsVersionedInTheDocBookNamespaceAndIndonesian() {
        XCTAssertEqual(book.name, "book")
        XCTAssertEqual(book.namespace, XMLNamespaceURI.docBook)
        XCTAssertEqual(book.attribute("version"), "5.0")
        XCTAssertEqual(book.attribute("xml:lang"), "id")
    }

    func testInfoHoldsTitleAndCoverLines() throws {
        let info = try XCTUnwrap(book.childElements.first)
        XCTAssertEqual(info.name, "info")
        XCTAssertEqual(info.childElements.first?.textContent, "Renja Kecamatan Jatiroto 2020")
        let cover = try XCTUnwrap(info.descendants(named: "cover").first)
        XCTAssertEqual(cover.childElements.map(\.textContent), ["RENJA", "(RENCANA KERJA)", "KECAMATAN JATIROTO", "2020"])
    }

    func testFrontMatterIsPrefaceTableOfContentsIsTocAndChaptersCarryTheirLabels() {
        let components = book.childElements.dropFirst()
        XCTAssertEqual(components.map(\.name), ["preface", "toc", "chapter", "chapter"])
        XCTAssertEqual(components.map { $0.attribute("xml:id") }, ["pengantar", "daftar-isi", "bab-1", "bab-2"])
        XCTAssertEqual(components.map { $0.attribute("label") }, [nil, nil, "I", "II"])
        XCTAssertEqual(book.descendant(named: "chapter", where: "xml:id", is: "bab-1")?.childElements.first?.textContent, "PENDAHULUAN")
    }

    func testSectionsNestWithTheirNumbersAsLabels() throws {
        let latarBelakang = try XCTUnwrap(book.descendant(named: "section", where: "xml:id", is: "latar-belakang"))
        XCTAssertEqual(latarBelakang.attribute("label"), "1.1")
        XCTAssertEqual(latarBelakang.descendants(named: "section").map { $0.attribute("label") }, ["1.1.1"])
    }

    func testTableOfContentsLinksChaptersAndTheirSectionsButNotSubSections() throws {
        let toc = try XCTUnwrap(book.descendants(named: "toc").first)
        XCTAssertEqual(toc.childElements.first?.textContent, "DAFTAR ISI")
        let chapter = try XCTUnwrap(toc.descendant(named: "tocdiv", where: "linkend", is: "bab-1"))
        XCTAssertEqual(chapter.childElements.first?.textContent, "BAB I PENDAHULUAN")
        XCTAssertEqual(chapter.descendants(named: "tocentry").map { $0.attribute("linkend") }, ["latar-belakang", "landasan-hukum"])
        XCTAssertEqual(toc.descendant(named: "tocentry", where: "linkend", is: "latar-belakang")?.textContent, "1.1 Latar Belakang")
        XCTAssertEqual(toc.descendant(named: "tocentry", where: "linkend", is: "pengantar")?.textContent, "PENGANTAR")
    }

    func testTableOfContentsAmongOtherBlocksMovesToTheEndOfItsSection() throws {
        let document = Document(
            coverLines: [], title: "T",
            sections: [
                Section(
                    id: "isi", kind: .front, title: "ISI",
                    blocks: [.tableOfContents, .paragraph([.text("Catatan")])]),
            ])
        let preface = try XCTUnwrap(WrittenTree.docBook(document).childElements.last)
        XCTAssertEqual(preface.name, "preface")
        XCTAssertEqual(preface.childElements.map(\.name), ["title", "para", "toc"])
    }

    func testNumberedFrontMatterKeepsItsNumberAsLabel() throws {
        let document = Document(
            coverLines: [], title: "T",
            sections: [Section(id: "lampiran", kind: .front, number: "A", title: "LAMPIRAN", blocks: [])])
        let preface = try WrittenTree.docBook(document).childElements.last
        XCTAssertEqual(preface?.name, "preface")
        XCTAssertEqual(preface?.attribute("label"), "A")
    }

    func testEmptySectionAndEmptyListItemGetAnEmptyParagraphAsTheSchemaRequires() throws {
        let document = Document(
            coverLines: [], title: "T",
            sections: [
                Section(id: "kosong", kind: .chapter, number: "I", title: "KOSONG", blocks: [.list(ListBlock(marker: .bullet, items: [[]]))]),
                Section(id: "kosong-2", kind: .chapter, number: "II", title: "KOSONG", blocks: []),
            ])
        let written = try WrittenTree.docBook(document)
        XCTAssertEqual(written.descendants(named: "listitem").first?.childElements.map(\.name), ["para"])
        XCTAssertEqual(written.childElements.last?.childElements.map(\.name), ["title", "para"])
    }

    func testListsUseTheirNumeration() {
        let lists = book.descendant(named: "section", where: "xml:id", is: "landasan-hukum")?.childElements.filter { $0.name.hasSuffix("list") }
        XCTAssertEqual(lists?.map(\.name), ["orderedlist", "orderedlist", "orderedlist", "orderedlist", "itemizedlist"])
        XCTAssertEqual(lists?.map { $0.attribute("numeration") }, ["arabic", "loweralpha", "upperalpha", "arabic", nil])
        XCTAssertEqual(lists?[3].attribute("role"), "arabic-paren")
    }

    func testParagraphWithLineBreaksBecomesOneParagraphPerLineKeepingEmphasis() throws {
        let section = try XCTUnwrap(book.descendant(named: "section", where: "xml:id", is: "latar-belakang"))
        let paragraphs = section.childElements.filter { $0.name == "para" }
        XCTAssertEqual(paragraphs.count, 2)
        XCTAssertEqual(paragraphs[0].textContent, "Baris satu")
        XCTAssertEqual(paragraphs[1].childElements.first?.attribute("role"), "bold")
        XCTAssertEqual(paragraphs[1].childElements.first?.textContent, "baris dua")
    }

    func testReferencesAreLinksWithTheirLabelOrXrefsWithout() throws {
        let link = try XCTUnwrap(book.descendants(named: "link").first)
        XCTAssertEqual(link.attribute("linkend"), "tc-29")
        XCTAssertEqual(link.textContent, "Tabel T-C.29")
        XCTAssertEqual(book.descendants(named: "xref").map { $0.attribute("linkend") }, ["gambar-hubungan"])
    }

    func testFormulaIsMathMLInsideInlineEquation() throws {
        let equation = try XCTUnwrap(book.descendants(named: "inlineequation").first)
        let math = try XCTUnwrap(equation.childElements.first)
        XCTAssertEqual(math.name, "math")
        XCTAssertEqual(math.namespace, XMLNamespaceURI.mathML)
        XCTAssertEqual(math.descendants(named: "mfrac").first?.childElements.map(\.textContent), ["realisasi", "target"])
    }

    func testFigureEmbedsTheDrawingAsSVGImageData() throws {
        let figure = try XCTUnwrap(book.descendant(named: "figure", where: "xml:id", is: "gambar-hubungan"))
        XCTAssertEqual(figure.attribute("label"), "1.3")
        let imageData = try XCTUnwrap(figure.descendants(named: "imagedata").first)
        XCTAssertEqual(imageData.attribute("format"), "svg")
        XCTAssertEqual(imageData.childElements, [SampleDocument.drawing])
    }

    func testSignatureKeepsItsLinesInOrder() throws {
        let signature = try XCTUnwrap(book.descendant(named: "blockquote", where: "role", is: "signature"))
        XCTAssertEqual(
            signature.childElements.map(\.textContent),
            ["Jatiroto, Juli 2019", "CAMAT JATIROTO", "Drs. PUJIANTO", "NIP. 19681114 199003 1 004"])
    }

    func testTableIsCALSWithLabelLandscapeCaptionLinesAndColumnWidths() throws {
        let table = try XCTUnwrap(book.descendant(named: "table", where: "xml:id", is: "tc-29"))
        XCTAssertEqual(table.attribute("label"), "T-C.29")
        XCTAssertEqual(table.attribute("orient"), "land")
        XCTAssertEqual(table.childElements.first?.childElements.map(\.textContent), ["Rekapitulasi Evaluasi", "Kabupaten Lumajang"])
        let group = try XCTUnwrap(table.descendants(named: "tgroup").first)
        XCTAssertEqual(group.attribute("cols"), "5")
        XCTAssertEqual(group.descendants(named: "colspec").map { $0.attribute("colwidth") }, ["1*", "4*", "2*", "2*", "2*"])
    }

    /// Each entry as `text@columns+morerows`, row by row, to compare whole bands at once.
    private func entrySummary(_ band: XMLElement) -> [[String]] {
        band.childElements.map { row in
            row.childElements.map { entry in
                let columns =
                    entry.attribute("colname")
                    ?? "\(entry.attribute("namest") ?? "?")-\(entry.attribute("nameend") ?? "?")"
                return "\(entry.textContent)@\(columns)" + (entry.attribute("morerows").map { "+\($0)" } ?? "")
            }
        }
    }

    func testHeaderBandSpansMapToColumnNamesAndMoreRows() throws {
        let head = try XCTUnwrap(book.descendants(named: "thead").first)
        XCTAssertEqual(
            entrySummary(head),
            [
                ["No@c1+1", "Program/Kegiatan@c2+1", "Realisasi@c3-c4", "Capaian@c5+1"],
                ["K@c3", "Rp@c4"],
                ["1@c1", "2@c2", "3@c3", "4@c4", "5@c5"],
            ])
    }

    func testBodyRowSpanInFirstColumnFollowedByColumnSpans() throws {
        let body = try XCTUnwrap(book.descendants(named: "tbody").first)
        XCTAssertEqual(
            entrySummary(body),
            [
                ["1@c1+2", "ProgramPelayanan & Administrasi@c2-c3", "1.814.088.000@c4", "25,83%@c5"],
                ["Kegiatan A@c2", "-@c3-c5"],
                ["Kegiatan B@c2-c3", "90@c4", "@c5"],
                ["Jumlah@c1-c3", "468.642.214@c4", "-@c5"],
            ])
        XCTAssertEqual(body.childElements.map { $0.attribute("role") }, ["group", nil, nil, "total"])
    }

    func testColumnNamesGoOnPastTheCommonWidths() throws {
        // Column names up to c32 are spelled once; a wider table must still count on.
        let wide = Table(
            id: "tabel-lebar", caption: ["Lebar"], header: [],
            body: [Row(cells: (1...40).map { Cell(text: "\($0)") }), Row(cells: [Cell(text: "31-40", columnSpan: 40)])])
        let document = Document(
            coverLines: [], title: "Judul", sections: [Section(id: "bab-1", kind: .chapter, title: "T", blocks: [.table(wide)])])
        let body = try XCTUnwrap(WrittenTree.docBook(document).descendants(named: "tbody").first)
        let summary = entrySummary(body)
        XCTAssertEqual(summary.first?.suffix(2), ["39@c39", "40@c40"])
        XCTAssertEqual(summary.last, ["31-40@c1-c40"])
        let columnNames = try WrittenTree.docBook(document).descendants(named: "colspec").map { $0.attribute("colname") }
        XCTAssertEqual(columnNames, (1...40).map { "c\($0)" })
    }

    func testRowSpansGoOnPastTheCommonSpans() throws {
        // morerows 0-3 are prepared once; a longer span must still be counted.
        let tall = Table(
            id: "tabel-tinggi", caption: ["Tinggi"], header: [],
            body: [Row(cells: [Cell(text: "a", rowSpan: 9), Cell(text: "b", rowSpan: 3)])]
                + (0..<8).map { _ in Row(cells: [Cell(text: "c")]) })
        let document = Document(
            coverLines: [], title: "Judul", sections: [Section(id: "bab-1", kind: .chapter, title: "T", blocks: [.table(tall)])])
        let body = try XCTUnwrap(WrittenTree.docBook(document).descendants(named: "tbody").first)
        XCTAssertEqual(body.childElements[0].childElements.map { $0.attribute("morerows") }, ["8", "2"])
    }

    /// The alignment each entry of `row` shows: its own `align`, else its column's colspec's,
    /// as CALS readers inherit it (nil for left, the default).
    private func shownAlignments(_ row: XMLElement, in tgroup: XMLElement) -> [String?] {
        let columnAlignments = Dictionary(
            uniqueKeysWithValues: tgroup.childElements.filter { $0.name == "colspec" }.map {
                ($0.attribute("colname") ?? "", $0.attribute("align"))
            })
        return row.childElements.map { entry in
            let shown = entry.attribute("align") ?? columnAlignments[entry.attribute("colname") ?? entry.attribute("namest") ?? ""] ?? nil
            return shown == "left" ? nil : shown
        }
    }

    func testEachColumnsAlignmentIsWrittenOnceOnItsColspec() throws {
        let tgroup = try XCTUnwrap(WrittenTree.docBook(SampleDocument.alignments).descendants(named: "tgroup").first)
        XCTAssertEqual(tgroup.descendants(named: "colspec").map { $0.attribute("align") }, [nil, "center", "right"])
        XCTAssertEqual(tgroup.descendants(named: "entry").map { $0.attribute("align") }, [nil, nil, nil])
    }

    func testEntriesWriteOnlyTheAlignmentsTheirColumnDoesNotGive() throws {
        // Column 1 is mostly right-aligned, column 2 mostly left, column 3 tied between
        // centred and left (so left); the header's centred cells and the odd ones out, a
        // spanning total included, say their own.
        let table = Table(
            id: "tabel-campur", caption: ["Campur"],
            header: [Row(cells: [Cell(text: "A", alignment: .center), Cell(text: "B"), Cell(text: "C", alignment: .center)])],
            body: [
                Row(cells: [Cell(text: "1", alignment: .right), Cell(text: "x"), Cell(text: "p", alignment: .center)]),
                Row(cells: [Cell(text: "2", alignment: .right), Cell(text: "3", alignment: .right), Cell(text: "q")]),
                Row(cells: [Cell(text: "Jumlah"), Cell(text: "y", alignment: .center), Cell(text: "r", alignment: .center)]),
                Row(cells: [Cell(text: "Total", columnSpan: 2), Cell(text: "s", alignment: .right)]),
                Row(cells: [Cell(text: "5", alignment: .right), Cell(text: "z"), Cell(text: "u")]),
            ])
        let document = Document(
            coverLines: [], title: "Judul", sections: [Section(id: "bab-1", kind: .chapter, title: "T", blocks: [.table(table)])])
        let tgroup = try XCTUnwrap(WrittenTree.docBook(document).descendants(named: "tgroup").first)
        XCTAssertEqual(tgroup.descendants(named: "colspec").map { $0.attribute("align") }, ["right", nil, nil])
        XCTAssertEqual(
            tgroup.descendants(named: "entry").map { $0.attribute("align") },
            [
                "center", nil, "center", nil, nil, "center", nil, "right", nil, "left", "center", "center", "left", "right",
                nil, nil, nil,
            ])
        XCTAssertEqual(
            tgroup.descendants(named: "row").map { shownAlignments($0, in: tgroup) },
            [
                ["center", nil, "center"], ["right", nil, "center"], ["right", "right", nil], [nil, "center", "center"],
                [nil, "right"], ["right", nil, nil],
            ])
    }

    func testEntryAlignmentAndLineBreaksInCells() throws {
        let tgroup = try XCTUnwrap(book.descendants(named: "tgroup").first)
        let body = try XCTUnwrap(tgroup.descendants(named: "tbody").first)
        let firstRow = body.childElements[0].childElements
        XCTAssertEqual(shownAlignments(body.childElements[0], in: tgroup), [nil, nil, "right", "right"])
        XCTAssertEqual(firstRow[1].childElements.map(\.name), ["para", "para"])
        XCTAssertEqual(firstRow[1].childElements.map(\.textContent), ["Program", "Pelayanan & Administrasi"])
    }

    func testWritingTwiceGivesTheSameBytes() throws {
        let writer = DocBookWriter()
        XCTAssertEqual(try writer.render(SampleDocument.document), try writer.render(SampleDocument.document))
    }

    func testRenderedTextIsEscapedByTheSerializer() throws {
        let rendered = try DocBookWriter().renderedText(SampleDocument.document)
        XCTAssertTrue(rendered.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<book xmlns=\"http://docbook.org/ns/docbook\""))
        XCTAssertTrue(rendered.contains("Tom &amp; Jerry &lt;b&gt;\"kutip\" 'tunggal'&lt;/b&gt; ]]&gt; selesai"))
        XCTAssertFalse(rendered.contains("<b>"))
    }

    /// Writes the sample's DocBook to `$RENJA_WRITERS_SAMPLE_DIR/renja.xml` when set, for
    /// checking by hand with xmllint, jing, pandoc and xsltproc.
    func testWritesTheSampleForExternalCheckersWhenAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["RENJA_WRITERS_SAMPLE_DIR"] else {
            throw XCTSkip("RENJA_WRITERS_SAMPLE_DIR is not set")
        }
        let url = URL(fileURLWithPath: directory).appendingPathComponent("renja.xml")
        try DocBookWriter().renderedText(SampleDocument.document).write(to: url, atomically: true, encoding: .utf8)
    }
}
