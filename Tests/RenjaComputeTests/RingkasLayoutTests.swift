import Foundation
import RenjaCompute
import RenjaModel
import XCTest

/// The short T-C.29 form: 8 = 7 / 6, 10 = 5 + 7 + 9, 11 = 10 / 4, K only.
final class RingkasLayoutTests: XCTestCase {
    private typealias B = PlanBuilder

    private func compute(satuan: String, target: [Int: Decimal], sampaiNMinus3: String?, realisasiNMinus2: String?) throws
        -> (EvaluasiRingkasCells, [Diagnostic])
    {
        var rows: [RealisasiEntry] = [B.sampaiTahunLalu("K", rp: "500")]
        if let sampaiNMinus3 {
            rows.append(RealisasiEntry(tahun: 2017, triwulan: nil, kode: "K.I1", k: B.decimal(sampaiNMinus3), rp: nil, location: B.location(1)))
        }
        if let realisasiNMinus2 { rows.append(B.sampaiTahunLalu("K.I1", k: realisasiNMinus2)) }
        let plan = B.plan(
            program: [B.program("P", kegiatan: [
                B.kegiatan("K", pagu: [2020: Money(500)], indikator: [B.indikator("K.I1", satuan: satuan, target: target, line: 8)]),
            ])],
            realisasi: Realisasi(sampaiTahunLalu: rows), settings: Settings(tataLetakTC29: .ringkas))
        let (figures, diagnostics) = computeFigures(plan)
        return (try XCTUnwrap(figures.evaluasi.last?.indikator.first?.ringkas), diagnostics)
    }

    func testCountsAddUp() throws {
        let (cells, diagnostics) = try compute(
            satuan: "Dokumen", target: [2018: 1, 2019: 1, 2023: 5], sampaiNMinus3: "2", realisasiNMinus2: "1")
        XCTAssertEqual(cells, EvaluasiRingkasCells(
            targetRenstra: 5, realisasiSampaiNMinus3: 2, targetNMinus2: 1, realisasiNMinus2: 1, tingkatRealisasi: 100,
            targetNMinus1: 1, perkiraanRealisasi: 4, capaian: 80, predikat: .tinggi))
        XCTAssertEqual(diagnostics, [], "the quarterly form's Rp achievement is not printed, so not warned about")
    }

    func testPercentagesAverageOverTheReportedPeriods() throws {
        let (cells, _) = try compute(satuan: "%", target: [2018: 90, 2019: 95, 2023: 100], sampaiNMinus3: nil, realisasiNMinus2: "90")
        XCTAssertEqual(cells.perkiraanRealisasi, B.decimal("92.5"))
        XCTAssertEqual(RenjaFormatter().percent(cells.capaian), "92,50%")
        XCTAssertEqual(cells.tingkatRealisasi, 100)
    }

    func testAMissingTargetOfNMinus2WarnsAtTheIndicator() throws {
        let (cells, diagnostics) = try compute(satuan: "Desa", target: [2023: 6], sampaiNMinus3: nil, realisasiNMinus2: "6")
        XCTAssertNil(cells.tingkatRealisasi)
        XCTAssertEqual(cells.capaian, 100)
        XCTAssertEqual(diagnostics, [
            .warning("T-C.29 column 8 (indicator K.I1) prints \"-\": there is no target for 2018 (column 6) to divide the realisation by", at: B.location(8)),
        ])
    }

    func testTheQuarterlyLayoutLeavesTheShortFormOut() {
        XCTAssertNil(computeFigures(SeedPlan.plan).0.evaluasi.first?.indikator.first?.ringkas)
    }
}
