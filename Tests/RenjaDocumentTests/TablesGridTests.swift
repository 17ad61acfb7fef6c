import RenjaDocument
import XCTest

final class TablesGridTests: XCTestCase {
    func testStandardBlocksHaveTheContractIDs() {
        XCTAssertEqual(Set(TablesFixture.blocks.keys), [
            "tc-29", "tc-30", "tabel-teknik-pengumpulan-data", "tabel-permasalahan", "tc-31", "tc-32",
            "tabel-misi", "tabel-tujuan-sasaran", "tc-33", "tabel-program-kegiatan", "tabel-sasaran-indikator",
            "gambar-hubungan-dokumen", "tanda-tangan",
        ])
    }

    func testEveryTableIsRectangularOnceSpansAreLaidOut() {
        let tables = TablesFixture.blocks.values.compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        XCTAssertEqual(tables.count, 11)
        for table in tables {
            XCTAssertEqual(table.id.isEmpty, false)
            TablesGrid.assertRectangular(table)
        }
    }

    func testStandardFormsCarryTheirNumbersAndChapterTablesAreLeftToNumbering() {
        let blocks = TablesFixture.blocks
        for (id, block) in blocks {
            guard case .table(let table) = block else { continue }
            XCTAssertEqual(table.id, id)
            XCTAssertEqual(table.label, "Tabel")
            if id.hasPrefix("tc-") {
                XCTAssertEqual(table.number, "T-C." + id.dropFirst(3))
            } else {
                XCTAssertNil(table.number, id)
            }
        }
    }

    func testTheGridCheckFindsRaggedRowsAndSpansThatLeaveTheBody() {
        let ragged = [
            Row(cells: [Cell(text: "a", rowSpan: 2), Cell(text: "b")]),
            Row(cells: [Cell(text: "c"), Cell(text: "d")]),
        ]
        XCTAssertEqual(TablesGrid.problems(ragged, width: 2, section: "t"), ["t row 1: cell 'd' runs past column 2"])
        let leaving = [Row(cells: [Cell(text: "a", rowSpan: 2), Cell(text: "b")])]
        XCTAssertEqual(TablesGrid.problems(leaving, width: 2, section: "t"), [
            "t row 0: cell 'a' spans past the last row", "t row 0: 0 of 2 columns filled",
        ])
    }
}
