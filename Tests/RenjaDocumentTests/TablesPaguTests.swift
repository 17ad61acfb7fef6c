import RenjaDocument
import RenjaModel
import XCTest

/// T-C.31 and T-C.33: programme pagu and totals come from the computed figures; a programme
/// or kegiatan without indicators still gets its row.
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

    /// Each cell rounded to whole rupiah on its own printed 60.000.001 + 45.500.001 under a
    /// programme of 105.500.001: a table whose amounts have sen prints them all in sen.
    func testPaguTablesWithSenPrintEveryAmountInSenAndAddUp() throws {
        let plan = TablesFixture.plan(program: TablesFixture.bareProgram(kegiatan: [
            Kegiatan(kode: "P09.K01", nama: "Satu", pagu: [2020: TablesFixture.money("60000000.50")], indikator: [], location: TablesFixture.here),
            Kegiatan(kode: "P09.K02", nama: "Dua", pagu: [2020: TablesFixture.money("45500000.50"), 2021: Money(7)], indikator: [],
                     location: TablesFixture.here),
        ]))
        let tc33 = try XCTUnwrap(TablesFixture.table("tc-33", of: plan))
        XCTAssertEqual(try row(tc33, named: "Satu").cells[5].plainText, "60.000.000,50")
        XCTAssertEqual(try row(tc33, named: "Dua").cells.map(\.plainText).last, "7,00", "n+1 in sen too")
        XCTAssertEqual(try row(tc33, named: "Program Tanpa Indikator").cells[5].plainText, "105.500.001,00")
        XCTAssertEqual(tc33.body.last?.cells.map(\.plainText), ["Jumlah", "105.500.001,00", "", "7,00"])
        let tc31 = try XCTUnwrap(TablesFixture.table("tc-31", of: plan))
        XCTAssertEqual(try row(tc31, named: "Satu").cells[5].plainText, "60.000.000,50", "T-C.31 prints the pagu of n as T-C.33 does")
        XCTAssertEqual(try XCTUnwrap(TablesFixture.table("tc-33")).body.last?.cells[1].plainText, "590.000.000", "whole rupiah stay whole")
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

    /// A programme of year n without indicators, with one kegiatan without indicators.
    private static let withoutIndicators = TablesFixture.kegiatan("P09.K01", "Kegiatan Tanpa Indikator", pagu: 10_000_000, indikator: [])

    func testRencanaProgramGivesAProgrammeAndAKegiatanWithoutIndicatorsOneRowOfDashes() throws {
        let plan = TablesFixture.plan(program: TablesFixture.bareProgram(kegiatan: [Self.withoutIndicators]))
        let table = try XCTUnwrap(TablesFixture.table("tc-33", of: plan))
        let rows = table.body.dropLast()
        XCTAssertEqual(rows.map { $0.cells.map(\.plainText) }, [
            ["1", "Program Tanpa Indikator", "-", "Kec. Jatiroto", "-", "10.000.000", "-", "", "-", "-"],
            ["2", "Kegiatan Tanpa Indikator", "-", "Kec. Jatiroto", "-", "10.000.000", "-", "", "-", "-"],
        ])
        for row in rows {
            XCTAssertEqual(row.cells.map(\.rowSpan), Array(repeating: 1, count: 10))
            // Columns 3, 5 and 9: the indicator and its targets, absent.
            XCTAssertEqual([2, 4, 8].map { row.cells[$0] }, Array(repeating: Cell(text: "-", alignment: .center), count: 3))
        }
    }

    func testReviewRKPDKeepsThePlansIndicatorWhereTheNeedsAnalysisNamesAnotherOne() throws {
        let analysed = TablesFixture.analysedKegiatan(
            "P09.K02", "Kegiatan Satu Indikator", indikator: ("P09.K02.I1", "Jumlah dokumen", "Dokumen", 5),
            analysed: ("P09.K02.I9", "Indikator lain", 7))
        let plan = TablesFixture.plan(program: TablesFixture.bareProgram(kegiatan: [Self.withoutIndicators, analysed]))
        let table = try XCTUnwrap(TablesFixture.table("tc-31", of: plan))
        let rows = table.body.dropLast()
        XCTAssertEqual(rows.map { $0.cells.map(\.plainText) }, [
            ["1", "Program Tanpa Indikator", "Kec. Jatiroto", "-", "-", "15.000.000",
             "Program Tanpa Indikator", "Kec. Jatiroto", "-", "-", "15.000.000", ""],
            ["2", "Kegiatan Tanpa Indikator", "Kec. Jatiroto", "-", "-", "10.000.000",
             "Kegiatan Tanpa Indikator", "Kec. Jatiroto", "-", "-", "10.000.000", ""],
            ["3", "Kegiatan Satu Indikator", "Kec. Jatiroto", "Jumlah dokumen", "5 Dokumen", "5.000.000",
             "Kegiatan Satu Indikator", "Kec. Jatiroto", "Jumlah dokumen", "5 Dokumen", "5.000.000", ""],
        ])
        for row in rows {
            XCTAssertEqual(row.cells.map(\.rowSpan), Array(repeating: 1, count: 12))
        }
        // Without indicators, columns 4, 5, 9 and 10 are absent.
        XCTAssertEqual([3, 4, 8, 9].map { rows[0].cells[$0] }, Array(repeating: Cell(text: "-", alignment: .center), count: 4))
    }

    func testReviewRKPDPrintsTheNeedsAnalysisWordingInItsOwnUnicodeForm() throws {
        // The same words as the plan's indicator, the accent composed where the plan's is a
        // combining mark: equal as Strings, not as bytes, and the analysis's bytes are printed.
        let analysed = TablesFixture.analysedKegiatan(
            "P09.K03", "Kegiatan Kafe", indikator: ("P09.K03.I1", "Jumlah kafe\u{301}", "Unit", 3),
            analysed: ("P09.K03.I1", "Jumlah kaf\u{E9}", 3))
        let plan = TablesFixture.plan(program: TablesFixture.bareProgram(kegiatan: [analysed]))
        let table = try XCTUnwrap(TablesFixture.table("tc-31", of: plan))
        let kegiatan = try row(table, named: "Kegiatan Kafe")
        XCTAssertEqual(Array(kegiatan.cells[3].plainText.utf8), Array("Jumlah kafe\u{301}".utf8))
        XCTAssertEqual(Array(kegiatan.cells[8].plainText.utf8), Array("Jumlah kaf\u{E9}".utf8))
    }
}
