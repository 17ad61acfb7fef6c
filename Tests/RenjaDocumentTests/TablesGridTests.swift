import RenjaCompute
import RenjaDocument
import RenjaModel
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

/// Tables of plans with parts missing: still rectangular, with "-" where a value is absent.
final class TablesGridEdgeTests: XCTestCase {
    private func blocks(_ plan: Plan) -> [String: Block] {
        let (figures, _) = computeFigures(plan)
        return StandardBlocks.make(plan: plan, figures: figures, formatter: RenjaFormatter(settings: plan.settings))
    }

    private func tables(_ blocks: [String: Block]) -> [Table] {
        blocks.values.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    func testAnEmptyPlanGivesRectangularTablesWithTheirHeaders() {
        var plan = TablesFixture.plan
        plan.program = []
        plan.usulan = []
        plan.kinerjaPelayanan = []
        plan.permasalahan = []
        plan.tujuan = []
        plan.misi = []
        let tables = tables(blocks(plan))
        XCTAssertEqual(tables.count, 11)
        for table in tables {
            XCTAssertFalse(table.header.isEmpty, table.id)
            TablesGrid.assertRectangular(table)
        }
    }

    func testAKegiatanWithoutIndicatorsGetsOneRowWithDashes() throws {
        var plan = TablesFixture.plan
        plan.program[0].kegiatan[0].indikator = []
        let blocks = blocks(plan)
        for table in tables(blocks) {
            TablesGrid.assertRectangular(table)
        }
        guard case .table(let evaluasi)? = blocks["tc-29"] else { return XCTFail("no T-C.29") }
        let row = try XCTUnwrap(evaluasi.body.first { $0.cells.contains { $0.plainText == "Pelayanan Administrasi dan Operasional Perkantoran" } })
        XCTAssertEqual(row.cells.count, 24)
        XCTAssertEqual(row.cells[3].plainText, "-")
        XCTAssertEqual(row.cells[5].plainText, "1.814.088.000,00")
    }

    func testAMasalahPokokWithoutProblemsKeepsItsRow() throws {
        var plan = TablesFixture.plan
        plan.permasalahan = [MasalahPokok(uraian: "Masalah tanpa rincian", masalah: [])]
        guard case .table(let table)? = blocks(plan)["tabel-permasalahan"] else { return XCTFail("no Tabel 2.5") }
        XCTAssertEqual(table.body.map { $0.cells.map(\.plainText) }, [["1", "Masalah tanpa rincian", "-", "-"]])
    }
}
