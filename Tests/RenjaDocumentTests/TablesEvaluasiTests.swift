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
            "23 Jenis", "1.814.088.000", "-", "342.181.138", "23 Jenis", "304.088.000",
            "-", "66.779.395", "-", "126.461.076", "-", "-", "-", "-",
            "-", "126.461.076", "-", "468.642.214", "-", "25,83%",
        ])
    }

    /// Column 12 repeats the latest reported quarter: a kegiatan's Rp cell of quarter II is
    /// placed again (the copy shares its content); a programme's 12 is a sum of its own.
    func testColumn12PlacesTheLatestQuartersCellAgain() throws {
        let kegiatan = try XCTUnwrap(rows(startingWith: "Pelayanan Administrasi dan Operasional Perkantoran").first).cells
        XCTAssertEqual(kegiatan[13].plainText, "126.461.076")
        XCTAssertTrue(kegiatan[13].sharesContent(with: kegiatan[19]))
        let program = try XCTUnwrap(rows(startingWith: "Program Pelayanan Administrasi Perkantoran").first).cells
        XCTAssertEqual(program[19].plainText, program[13].plainText)
        // The programme's 12 is a sum of its own, but of 11 bytes: held in the String itself, a
        // text with no storage to share, so that whether it was made apart cannot be seen.
        // The programme's indicator: K of quarters I-IV in cells 10, 12, 14, 16; 12 in cell 18.
        let latestK = try XCTUnwrap([10, 12, 14, 16].last { program[$0].plainText != "-" })
        XCTAssertEqual(program[18].plainText, "41,59%")
        XCTAssertTrue(program[latestK].sharesContent(with: program[18]))
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
