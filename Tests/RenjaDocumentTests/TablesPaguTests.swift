import RenjaDocument
import XCTest

/// T-C.31 and T-C.33: programme pagu and totals come from the computed figures.
final class TablesPaguTests: XCTestCase {
    private func row(_ table: Table, named nama: String) throws -> Row {
        try XCTUnwrap(table.body.first { $0.cells.contains { $0.plainText == nama } }, "no row \(nama) in \(table.id)")
    }

    func testRencanaProgramUsesComputedProgrammePaguAndATotalOfKegiatanOnly() throws {
        let table = try XCTUnwrap(TablesFixture.table("tc-33"))
        XCTAssertTrue(table.landscape)
        let program = try row(table, named: "Program Penyelenggaraan Pemerintahan Kecamatan")
        XCTAssertEqual(program.role, .group)
        // 200.000.000 + 40.000.000 in n, 250.000.000 + 75.000.000 in n+1.
        XCTAssertEqual(program.cells.map(\.plainText), [
            "3", "Program Penyelenggaraan Pemerintahan Kecamatan", "Persentase hasil fasilitasi", "Kec. Jatiroto",
            "87%", "240.000.000", "DAU", "", "88%", "325.000.000",
        ])
        let total = try XCTUnwrap(table.body.last)
        XCTAssertEqual(total.role, .total)
        // Kegiatan rows only: programme rows added in would give the seed's doubled 1.180.000.000.
        XCTAssertEqual(total.cells.map(\.plainText), ["Jumlah", "590.000.000", "", "700.000.000"])
        XCTAssertEqual(total.cells.map(\.columnSpan), [5, 1, 3, 1])
    }

    func testRencanaProgramListsOnlyPlannedKegiatanAndSpansMultiIndicatorRows() throws {
        let table = try XCTUnwrap(TablesFixture.table("tc-33"))
        XCTAssertFalse(table.body.contains { $0.cells.contains { $0.plainText == "Kegiatan Pembinaan Karang Taruna" } })
        let kegiatan = try row(table, named: "Fasilitasi dan Koordinasi Bidang Pemerintahan")
        XCTAssertEqual(kegiatan.cells.map(\.rowSpan), [3, 3, 1, 3, 1, 3, 3, 3, 1, 3])
        let index = try XCTUnwrap(table.body.firstIndex(of: kegiatan))
        XCTAssertEqual(table.body[index + 1].cells.map(\.plainText), ["Jumlah Desa yang melaksanakan Pilkades", "-", "2 Desa"])
    }

    func testReviewRKPDSetsTheNeedsAnalysisBesideTheDraftWithComputedSums() throws {
        let table = try XCTUnwrap(TablesFixture.table("tc-31"))
        XCTAssertEqual(table.header[0].cells.map(\.plainText), ["No", "Rancangan Awal RKPD", "Hasil Analisis Kebutuhan", "Catatan Penting"])
        XCTAssertEqual(table.header[2].role, .columnNumbers)
        XCTAssertEqual(table.header[2].cells.map(\.plainText), (1...12).map(String.init))
        let program = try row(table, named: "Program Penyelenggaraan Pemerintahan Kecamatan")
        // Analysis: 169.950.000 for P04.K01, and P04.K02's plan pagu where it states none.
        XCTAssertEqual(program.cells[5].plainText, "240.000.000")
        XCTAssertEqual(program.cells[10].plainText, "209.950.000")
        let kegiatan = try row(table, named: "Fasilitasi dan Koordinasi Bidang Pemerintahan")
        let index = try XCTUnwrap(table.body.firstIndex(of: kegiatan))
        XCTAssertEqual(table.body[index + 2].cells.map(\.plainText), [
            "Jumlah koordinasi yang difasilitasi", "200 Orang", "Jumlah audiensi bersama FORKOMPIMKA", "90 Orang",
        ])
        let total = try XCTUnwrap(table.body.last)
        XCTAssertEqual(total.role, .total)
        XCTAssertEqual(total.cells.map(\.plainText), ["Jumlah", "590.000.000", "", "544.286.000", ""])
    }
}
