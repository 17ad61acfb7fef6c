import RenjaCompute
import RenjaDocument
import RenjaModel
import XCTest

/// T-C.29 in the K-only layout a project chooses with `tata_letak_tc29: ringkas`.
final class TablesEvaluasiRingkasTests: XCTestCase {
    private func table() throws -> Table {
        var plan = TablesFixture.plan
        plan.settings.tataLetakTC29 = .ringkas
        plan.program[0].kegiatan[0].indikator[0].target[2018] = 20
        plan.realisasi.sampaiTahunLalu += [
            RealisasiEntry(tahun: 2017, triwulan: nil, kode: "P01.K01.I1", k: 23, rp: nil, location: TablesFixture.here),
            RealisasiEntry(tahun: 2018, triwulan: nil, kode: "P01.K01.I1", k: 18, rp: nil, location: TablesFixture.here),
        ]
        let (figures, _) = computeFigures(plan)
        let blocks = StandardBlocks.make(plan: plan, figures: figures, formatter: RenjaFormatter(settings: plan.settings))
        var table: Table?
        if case .table(let built)? = blocks["tc-29"] { table = built }
        return try XCTUnwrap(table, "tc-29 is not a table")
    }

    func testHeaderNumbersTheColumnsWithTheShortFormsFormulas() throws {
        let table = try table()
        XCTAssertEqual(table.number, "T-C.29")
        XCTAssertEqual(table.columnCount, 11)
        XCTAssertEqual(table.header[0].cells[4].plainText, "Realisasi Target Kinerja s/d Renja Tahun 2017")
        XCTAssertEqual(table.header[1].role, .columnNumbers)
        XCTAssertEqual(table.header[1].cells.map(\.plainText), [
            "1", "2", "3", "4", "5", "6", "7", "8 = 7/6 x 100%", "9", "10 = 5 + 7 + 9", "11 = 10/4 x 100%",
        ])
        TablesGrid.assertRectangular(table)
    }

    func testKegiatanRowPrintsTheComputedKOnlyColumns() throws {
        let table = try table()
        let row = try XCTUnwrap(table.body.first { $0.cells.contains { $0.plainText == "Pelayanan Administrasi dan Operasional Perkantoran" } })
        // Jenis counts add up: 23 + 18 + 23 = 64 against 23 for the period; 18 / 20 = 90%.
        XCTAssertEqual(row.cells.map(\.plainText), [
            "2", "Pelayanan Administrasi dan Operasional Perkantoran", "Jumlah jenis pelayanan",
            "23 Jenis", "23 Jenis", "20 Jenis", "18 Jenis", "90,00%", "23 Jenis", "64 Jenis", "278,26%",
        ])
    }
}
