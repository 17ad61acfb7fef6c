import RenjaDocument
import XCTest

final class NumberingTests: XCTestCase {
    private func chapter(_ id: String, sections: [Section] = [], blocks: [Block] = []) -> Section {
        Section(id: id, kind: .chapter, title: id.uppercased(), blocks: blocks, subsections: sections)
    }

    private func section(_ id: String, _ subsections: [Section] = [], blocks: [Block] = []) -> Section {
        Section(id: id, kind: .section, title: id, blocks: blocks, subsections: subsections)
    }

    private func table(_ id: String, number: String? = nil) -> Block {
        .table(Table(id: id, number: number, caption: [id], header: [], body: []))
    }

    func testChaptersGetRomanNumbersCountedFromTheTreeOnly() {
        let front = Section(id: "pengantar", kind: .front, number: "VII", title: "PENGANTAR", blocks: [])
        let chapters = (1...5).map { chapter("bab-\($0)") }
        // A number typed in the tree (the seed's "BAB VII") does not survive numbering.
        var last = chapters[4]
        last.number = "VII"
        let document = Document(coverLines: [], title: "", sections: [front] + chapters.dropLast() + [last])
        let numbered = DocumentNumbering().number(document).document
        XCTAssertEqual(numbered.sections.map(\.number), [nil, "I", "II", "III", "IV", "V"])
    }

    func testSectionsAreConsecutiveAtEveryLevel() {
        let bab3 = chapter("bab-3", sections: [
            section("a"), section("b", [section("b1"), section("b2"), section("b3"), section("b4")]), section("c"),
        ])
        let document = Document(coverLines: [], title: "", sections: [chapter("bab-1"), chapter("bab-2"), bab3])
        let numbered = DocumentNumbering().number(document).document.sections[2]
        XCTAssertEqual(numbered.subsections.map(\.number), ["3.1", "3.2", "3.3"])
        XCTAssertEqual(numbered.subsections[1].subsections.map(\.number), ["3.2.1", "3.2.2", "3.2.3", "3.2.4"])
    }

    func testChapterTablesAreNumberedPerChapterAndStandardFormsKeepTheirNames() {
        let bab2 = chapter("bab-2", sections: [
            section("s1", blocks: [table("tc-29", number: "T-C.29"), table("teknik")]),
            section("s2", blocks: [.list(ListBlock(marker: .bullet, items: [[table("dalam-daftar")]])), table("masalah")]),
        ], blocks: [table("awal")])
        let bab3 = chapter("bab-3", blocks: [table("misi"), .figure(Figure(id: "bagan", title: "Bagan", drawing: .init("svg")))])
        let document = Document(coverLines: [], title: "", sections: [chapter("bab-1"), bab2, bab3])
        let numbered = DocumentNumbering().number(document).document
        func numbers(_ blocks: [Block]) -> [String?] {
            blocks.flatMap { block -> [String?] in
                switch block {
                case .table(let table): [table.number]
                case .figure(let figure): [figure.number]
                case .list(let list): list.items.flatMap(numbers)
                default: []
                }
            }
        }
        let chapter2 = numbered.sections[1]
        XCTAssertEqual(numbers(chapter2.blocks) + chapter2.subsections.flatMap { numbers($0.blocks) }, ["2.1", "T-C.29", "2.2", "2.3", "2.4"])
        XCTAssertEqual(numbers(numbered.sections[2].blocks), ["3.1", "3.1"], "tables and figures count separately")
    }

    func testReferencesGetTheirLabelsAndUnknownOnesAreReturned() {
        let paragraph = Block.paragraph([
            .reference(id: "bab-2", label: nil), .text(" "), .reference(id: "tc-31", label: nil),
            .strong([.reference(id: "isu", label: nil)]), .reference(id: "hilang", label: nil),
        ])
        let bab2 = chapter("bab-2", sections: [section("evaluasi"), section("isu", blocks: [table("tc-31", number: "T-C.31")])])
        let cell = Table(id: "t", caption: [], header: [], body: [Row(cells: [Cell([.reference(id: "bab-1", label: nil)])])])
        let document = Document(coverLines: [], title: "", sections: [chapter("bab-1", blocks: [paragraph, .table(cell)]), bab2])
        let (numbered, unresolved) = DocumentNumbering().number(document)
        XCTAssertEqual(numbered.sections[0].blocks[0], .paragraph([
            .reference(id: "bab-2", label: "BAB II"), .text(" "), .reference(id: "tc-31", label: "Tabel T-C.31"),
            .strong([.reference(id: "isu", label: "2.2")]), .reference(id: "hilang", label: nil),
        ]))
        guard case .table(let numberedCell) = numbered.sections[0].blocks[1] else { return XCTFail("no table") }
        XCTAssertEqual(numberedCell.body[0].cells[0].content, [.reference(id: "bab-1", label: "BAB I")])
        XCTAssertEqual(unresolved, ["hilang"])
    }

    func testAReferenceInATableIsFoundBehindCellsOfPlainText() {
        let rows = [
            Row(cells: [Cell(text: "a"), Cell(text: "b")]),
            Row(cells: [Cell(text: "c"), Cell([.text("lihat "), .reference(id: "bab-1", label: nil)])]),
        ]
        // A cell of one inline that is not a text (a reference in strong text), in a table of
        // its own: the only cell there that can make the table one to resolve.
        let strongRows = [
            Row(cells: [Cell(text: "d")]),
            Row(cells: [Cell([.strong([.reference(id: "bab-1", label: nil)])])]),
        ]
        let tables: [Block] = [
            .table(Table(id: "t", caption: [], header: [], body: rows)),
            .table(Table(id: "u", caption: [], header: [], body: strongRows)),
        ]
        let document = Document(coverLines: [], title: "", sections: [chapter("bab-1", blocks: tables)])
        let (numbered, unresolved) = DocumentNumbering().number(document)
        guard case .table(let numberedTable) = numbered.sections[0].blocks[0],
              case .table(let strongTable) = numbered.sections[0].blocks[1]
        else { return XCTFail("no tables") }
        XCTAssertEqual(numberedTable.body[0].cells, rows[0].cells)
        XCTAssertEqual(numberedTable.body[1].cells[1].content, [.text("lihat "), .reference(id: "bab-1", label: "BAB I")])
        XCTAssertEqual(strongTable.body[0].cells, strongRows[0].cells)
        XCTAssertEqual(strongTable.body[1].cells[0].content, [.strong([.reference(id: "bab-1", label: "BAB I")])])
        XCTAssertEqual(unresolved, [])
    }
}
