import Foundation
import RenjaCompute
import RenjaModel
import XCTest

/// T-C.29 of the Jatiroto seed, rows 1-11: every Rp formula pinned with the seed's figures.
final class SeedEvaluasiTests: XCTestCase {
    private let formatter = RenjaFormatter()
    private lazy var figures = computeFigures(SeedPlan.plan).0

    private func row(_ kode: String, file: StaticString = #filePath, line: UInt = #line) throws -> EvaluasiRow {
        try XCTUnwrap(figures.evaluasi.first { $0.kode == kode }, "no T-C.29 row \(kode)", file: file, line: line)
    }

    /// The Rp cells 5, 6, 7, 12, 13, 14 as T-C.29 prints them.
    private func printedRp(_ kode: String) throws -> [String] {
        let rp = try row(kode).rp
        return [rp.targetRenstra, rp.realisasiSampaiTahunLalu, rp.targetTahunBerjalan, rp.realisasiTahunBerjalan, rp.realisasiRenstra]
            .map(formatter.moneyCell) + [formatter.percent(rp.tingkatCapaian)]
    }

    func testRowsAreProgramsThenTheirKegiatanNumberedFromOne() {
        XCTAssertEqual(figures.evaluasi.map(\.kode), [
            "P01", "P01.K01", "P02", "P02.K01", "P02.K02", "P03", "P03.K01", "P03.K02", "P03.K03", "P03.K04", "P03.K05",
            "P04", "P04.K01", "P04.K02", "P04.K03", "P04.K04", "P04.K05", "P05", "P05.K01",
        ])
        XCTAssertEqual(figures.evaluasi.map(\.nomor), Array(1...19))
        XCTAssertEqual(figures.evaluasi.prefix(2).map(\.jenis), [.program, .kegiatan])
    }

    func testRow1And2RpColumn13Is6Plus12AndColumn14Is13Over5() throws {
        let rp = try row("P01.K01").rp
        XCTAssertEqual(rp.realisasiTahunBerjalan, Money(126_461_076), "12 is the latest cumulative quarter, not a sum")
        XCTAssertEqual(rp.realisasiRenstra, PlanBuilder.money("468642213.68"), "13 stays exact")
        XCTAssertEqual(rp.triwulan, [Money(66_779_395), Money(126_461_076), nil, nil])
        XCTAssertEqual(try printedRp("P01.K01"), ["1.814.088.000", "342.181.138", "304.088.000", "126.461.076", "468.642.214", "25,83%"])
        XCTAssertEqual(try printedRp("P01"), try printedRp("P01.K01"), "a programme with one kegiatan has its figures")
        XCTAssertEqual(rp.predikat, .sangatRendah)
    }

    func testRows3To5ProgrammeRpIsTheSumOfItsKegiatan() throws {
        XCTAssertEqual(try printedRp("P02"), ["5.626.990.000", "315.929.900", "91.990.000", "30.139.725", "346.069.625", "6,15%"])
        XCTAssertEqual(try printedRp("P02.K01"), ["5.073.500.000", "245.304.000", "23.500.000", "-", "245.304.000", "4,84%"])
        XCTAssertEqual(try printedRp("P02.K02"), ["553.490.000", "70.625.900", "68.490.000", "30.139.725", "100.765.625", "18,21%"])
        XCTAssertEqual(try row("P02").rp.triwulan, [Money(6_540_000), Money(30_139_725), nil, nil])
    }

    func testRows6To11() throws {
        XCTAssertEqual(try printedRp("P03"), ["70.322.000", "7.168.000", "2.822.000", "-", "7.168.000", "10,19%"])
        XCTAssertEqual(try ["P03.K01", "P03.K02", "P03.K03", "P03.K04", "P03.K05"].map { try printedRp($0)[5] },
                       ["6,08%", "5,60%", "3,95%", "6,34%", "24,60%"])
        XCTAssertEqual(try row("P03.K05").rp.realisasiRenstra, Money(4_344_000))
    }

    func testRow1KAveragesThePercentagesAndRoundsOnlyWhenPrinted() throws {
        let k = try XCTUnwrap(row("P01").indikator.first)
        XCTAssertEqual(k.aturanK, .rataRata)
        XCTAssertEqual(k.cells.realisasiTahunBerjalan, PlanBuilder.decimal("41.59"))
        XCTAssertEqual(k.cells.realisasiRenstra, PlanBuilder.decimal("70.465"))
        XCTAssertEqual(formatter.quantity(k.cells.realisasiRenstra, unit: k.satuan), "70,47%")
        XCTAssertEqual(k.cells.targetRenstra, 90)
        XCTAssertEqual(k.cells.targetTahunBerjalan, 100)
        // 70,465 / 90: the seed prints 26,00%; rounding once (not 70,47 / 90 = 78,30) gives 78,29.
        XCTAssertEqual(formatter.percent(k.cells.tingkatCapaian), "78,29%")
        XCTAssertEqual(k.cells.predikat, .tinggi)
    }

    func testKegiatanWithoutRealisationHasNoKAchievementAndNoWarning() throws {
        let k = try XCTUnwrap(row("P01.K01").indikator.first)
        XCTAssertEqual(k.aturanK, .jumlah)
        XCTAssertNil(k.cells.realisasiRenstra)
        XCTAssertNil(k.cells.tingkatCapaian)
        XCTAssertFalse(computeFigures(SeedPlan.plan).1.contains { $0.message.contains("P01.K01.I1") })
    }
}
