import RenjaCompute
import RenjaDocument
import RenjaModel
import XCTest

/// T-C.29 built from the fixture's real `Figures`.
final class TablesEvaluasiTests: XCTestCase {
    private var table: Table!

    override func setUpWithError() throws {
        table = try XCTUnwrap(TablesFixture.table("tc-29"))
    }

    /// The body row that starts the group of the programme or kegiatan named `nama`, and the rows after it.
    private func rows(startingWith nama: String) throws -> ArraySlice<Row> {
        let index = try XCTUnwrap(table.body.firstIndex { $0.cells.contains { $0.plainText == nama } })
        return table.body[index...]
    }

    func testCaptionAndYearsAreDerivedFromN() {
        XCTAssertEqual(table.number, "T-C.29")
        XCTAssertEqual(table.caption, [
            "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun 2019",
            "Kabupaten Lumajang", "Kecamatan Jatiroto",
        ])
        XCTAssertTrue(table.landscape)
        XCTAssertEqual(table.columnCount, 24)
    }

    func testHeaderBandsMatchTheSeedLayout() {
        XCTAssertEqual(table.header.count, 4)
        let band = table.header[0].cells
        XCTAssertEqual(band.map(\.plainText), [
            "No", "Sasaran", "Program/Kegiatan", "Indikator Kinerja Program (Outcome)/Kegiatan (Output)",
            "Target Renstra/RPJMD Tahun 2023", "Realisasi Capaian Kinerja Renstra s/d Tahun 2018 (n-2)",
            "Target Kinerja dan Anggaran Tahun 2019 (n-1)", "Realisasi Kinerja pada Triwulan (2019)",
            "Realisasi Capaian Kinerja dan Anggaran (2019)", "Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2019",
            "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)",
        ])
        XCTAssertEqual(band.map(\.rowSpan), [3, 3, 3, 3, 2, 2, 2, 1, 2, 2, 2])
        XCTAssertEqual(band.map(\.columnSpan), [1, 1, 1, 1, 2, 2, 2, 8, 2, 2, 2])
        XCTAssertEqual(table.header[1].cells.map(\.plainText), ["I", "II", "III", "IV"])
        XCTAssertEqual(table.header[1].cells.map(\.columnSpan), [2, 2, 2, 2])
        XCTAssertEqual(table.header[2].cells.map(\.plainText), Array(repeating: ["K", "Rp"], count: 10).flatMap { $0 })
    }

    func testColumnNumberRowStatesTheFormulasComputeApplies() {
        let numbers = table.header[3]
        XCTAssertEqual(numbers.role, .columnNumbers)
        XCTAssertEqual(numbers.cells.map(\.plainText), [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13 = 6 + 12", "14 = 13/5 x 100%",
        ])
        XCTAssertEqual(numbers.cells.map(\.columnSpan), [1, 1, 1, 1] + Array(repeating: 2, count: 10))
    }

    func testKegiatanRowPrintsComputedColumnsAndDashesForUnreportedQuarters() throws {
        let row = try XCTUnwrap(rows(startingWith: "Pelayanan Administrasi dan Operasional Perkantoran").first)
        XCTAssertEqual(row.role, .normal)
        XCTAssertEqual(row.cells.map(\.plainText), [
            "2", "Kecamatan Jatiroto", "Pelayanan Administrasi dan Operasional Perkantoran", "Jumlah jenis pelayanan",
            // The realisation's sen (342.181.137,68) put the table's every amount in sen.
            "23 Jenis", "1.814.088.000,00", "-", "342.181.137,68", "23 Jenis", "304.088.000,00",
            "-", "66.779.395,00", "-", "126.461.076,00", "-", "-", "-", "-",
            "-", "126.461.076,00", "-", "468.642.213,68", "-", "25,83%",
        ])
    }

    /// T-C.29 of the fixture with `realisasi` as its quarterly realisation of 2019 (n-1): per
    /// code, the K or Rp of quarters I-IV, `nil` where a quarter is not reported.
    private func table(quarters realisasi: [String: (k: [Decimal?], rp: [Money?])]) throws -> Table {
        var plan = TablesFixture.plan
        plan.realisasi = Realisasi(triwulan: realisasi.sorted { $0.key < $1.key }.flatMap { kode, values in
            (0..<4).compactMap { quarter in
                values.k[quarter] == nil && values.rp[quarter] == nil ? nil : RealisasiEntry(
                    tahun: 2019, triwulan: quarter + 1, kode: kode, k: values.k[quarter], rp: values.rp[quarter],
                    location: TablesFixture.here)
            }
        })
        return try XCTUnwrap(TablesFixture.table("tc-29", of: plan))
    }

    /// Quarters reported with a gap (I and III) or only the last: column 12 prints the latest
    /// reported one, K and Rp (quarters are cumulative: never their sum).
    func testColumn12RepeatsTheLatestReportedQuarterAcrossAGap() throws {
        let table = try table(quarters: [
            "P01.K01": (k: [nil, nil, nil, nil], rp: [Money(1_000), nil, Money(3_000), nil]),
            "P01.K01.I1": (k: [1, nil, 3, nil], rp: [nil, nil, nil, nil]),
            "P01.I1": (k: [nil, nil, nil, 4], rp: [nil, nil, nil, nil]),
        ])
        let kegiatan = try XCTUnwrap(table.body.first { $0.cells[2].plainText == "Pelayanan Administrasi dan Operasional Perkantoran" }).cells
        // Quarters I-IV: K in cells 10, 12, 14, 16, Rp in 11, 13, 15, 17; column 12 in 18 and 19.
        XCTAssertEqual((10...19).map { kegiatan[$0].plainText }, [
            "1 Jenis", "1.000", "-", "-", "3 Jenis", "3.000", "-", "-", "3 Jenis", "3.000",
        ])
        let program = try XCTUnwrap(table.body.first { $0.cells[2].plainText == "Program Pelayanan Administrasi Perkantoran" }).cells
        XCTAssertEqual([10, 12, 14, 16, 18].map { program[$0].plainText }, ["-", "-", "-", "4%", "4%"])
        XCTAssertEqual(program[19].plainText, "3.000", "a programme's 12 sums its kegiatan's")
    }

    /// A kegiatan of three indicators: each row's column 12 is its own indicator's latest
    /// quarter, never the first row's.
    func testColumn12OfEachIndicatorRowIsThatIndicatorsOwn() throws {
        let table = try table(quarters: [
            "P04.K01.I1": (k: [2, 4, nil, nil], rp: [nil, nil, nil, nil]),
            "P04.K01.I2": (k: [5, nil, nil, nil], rp: [nil, nil, nil, nil]),
        ])
        let start = try XCTUnwrap(table.body.firstIndex { $0.cells.count > 2 && $0.cells[2].plainText == "Fasilitasi dan Koordinasi Bidang Pemerintahan" })
        let (first, second, third) = (table.body[start].cells, table.body[start + 1].cells, table.body[start + 2].cells)
        // First row: quarter II (cell 12) in column 12 (cell 18). Later rows: quarters I-IV in
        // cells 4-7, column 12 in cell 8.
        XCTAssertEqual([12, 18].map { first[$0].plainText }, ["4 Desa", "4 Desa"])
        XCTAssertEqual([4, 8].map { second[$0].plainText }, ["5 Desa", "5 Desa"])
        XCTAssertEqual((4...8).map { third[$0].plainText }, ["-", "-", "-", "-", "-"])
    }

    func testProgrammeRowIsAGroupRowWithItsOutcomeAchievement() throws {
        let row = try XCTUnwrap(rows(startingWith: "Program Pelayanan Administrasi Perkantoran").first)
        XCTAssertEqual(row.role, .group)
        // K 13 averages 99,34 and 41,59 (a percentage), 14 = 70,465 / 90: not the seed's 26,00%.
        XCTAssertEqual(row.cells[20].plainText, "70,47%")
        XCTAssertEqual(row.cells[22].plainText, "78,29%")
        XCTAssertEqual(row.cells[23].plainText, "25,83%")
    }

    func testMultiIndicatorKegiatanSpansItsRowsWithOneRpCellPerColumn() throws {
        let group = try rows(startingWith: "Fasilitasi dan Koordinasi Bidang Pemerintahan").prefix(3)
        let first = try XCTUnwrap(group.first)
        XCTAssertEqual(first.cells.count, 24)
        XCTAssertEqual(first.cells.prefix(3).map(\.rowSpan), [3, 3, 3])
        // From column 5 on, K and Rp alternate: K per indicator, Rp once for the kegiatan.
        let figures = first.cells.dropFirst(4)
        XCTAssertEqual(figures.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element.rowSpan), Array(repeating: 1, count: 10))
        XCTAssertEqual(figures.enumerated().filter { !$0.offset.isMultiple(of: 2) }.map(\.element.rowSpan), Array(repeating: 3, count: 10))
        XCTAssertEqual(group.dropFirst().map(\.cells.count), [11, 11])
        XCTAssertEqual(group.map { $0.cells[$0.cells.count == 24 ? 3 : 0].plainText }, [
            "Jumlah Desa yang menyusun administrasi", "Jumlah Desa yang melaksanakan Pilkades", "Jumlah koordinasi yang difasilitasi",
        ])
        // Target Renstra K of the third indicator, then its n-1 target.
        XCTAssertEqual(group.last?.cells[1].plainText, "490 Orang")
        XCTAssertEqual(group.last?.cells[3].plainText, "90 Orang")
    }

    func testPastOnlyKegiatanStaysInTheEvaluation() {
        XCTAssertTrue(table.body.contains { $0.cells.contains { $0.plainText == "Kegiatan Pembinaan Karang Taruna" } })
    }

    /// A programme or kegiatan without indicators still gets one row: its spanning cells
    /// beside centred "-" in every K column, the Rp cells as computed.
    func testRowWithoutIndicatorsPrintsDashesInItsKColumns() throws {
        let plan = TemplateTestPlan.plan()
        let (figures, _) = computeFigures(plan)
        let blocks = StandardBlocks.make(plan: plan, figures: figures, formatter: RenjaFormatter(settings: plan.settings))
        guard case .table(let table)? = blocks["tc-29"] else { return XCTFail("no T-C.29") }
        let index = try XCTUnwrap(table.body.firstIndex { $0.cells.contains { $0.plainText == "Pengadaan Sarana Aparatur" } })
        let row = table.body[index]
        XCTAssertEqual(row.cells.count, 24)
        XCTAssertEqual(row.cells.map(\.rowSpan), Array(repeating: 1, count: 24))
        let kColumns = [3] + (0..<10).map { 4 + 2 * $0 }
        for column in kColumns {
            XCTAssertEqual(row.cells[column].plainText, "-", "column index \(column)")
            XCTAssertEqual(row.cells[column].alignment, .center, "column index \(column)")
        }
        XCTAssertEqual(row.cells[5].alignment, .right, "Rp of column 5")
        XCTAssertNotEqual(table.body[index + 1].cells.count, 11, "the next row starts the next group")
    }
}
