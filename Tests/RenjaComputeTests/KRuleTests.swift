import Foundation
import RenjaCompute
import RenjaModel
import XCTest

/// T-C.29 column 13 for K, by the indicator's rule or its unit's default.
final class KRuleTests: XCTestCase {
    private typealias B = PlanBuilder

    /// Column 13 K of one indicator realised `sampai` up to n-2 and `quarters` in n-1.
    private func column13(satuan: String, aturanK: Indikator.KRule? = nil, sampai: String?, quarters: [String?]) throws -> IndikatorEvaluasi {
        let indikator = B.indikator("K.I1", satuan: satuan, aturanK: aturanK, target: [2023: 100])
        var triwulan: [RealisasiEntry] = []
        for (index, value) in quarters.enumerated() {
            if let value { triwulan.append(B.triwulan(index + 1, "K.I1", k: value)) }
        }
        let plan = B.plan(
            program: [B.program("P", kegiatan: [B.kegiatan("K", indikator: [indikator])])],
            realisasi: Realisasi(triwulan: triwulan, sampaiTahunLalu: sampai.map { [B.sampaiTahunLalu("K.I1", k: $0)] } ?? []))
        return try XCTUnwrap(computeFigures(plan).0.evaluasi.last?.indikator.first)
    }

    func testDefaultRuleByUnit() {
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "%"), .rataRata)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "nilai"), .rataRata)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: " Indeks "), .rataRata)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "Jenis"), .jumlah)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "orang"), .jumlah)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "NILAI"), .rataRata)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "indeks kepuasan"), .jumlah)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "% "), .rataRata)
        XCTAssertEqual(Indikator.KRule.defaultRule(forSatuan: "İndeks"), .jumlah, "İ lower-cases to i and a combining dot")
        XCTAssertEqual(B.indikator("X", satuan: "%", aturanK: .terakhir).resolvedKRule, .terakhir)
    }

    func testJumlahAddsTheLatestQuarterToTheRealisationUpToNMinus2() throws {
        let k = try column13(satuan: "Dokumen", sampai: "3", quarters: ["1", "2", nil, nil])
        XCTAssertEqual(k.cells.realisasiTahunBerjalan, 2, "quarters are cumulative")
        XCTAssertEqual(k.cells.realisasiRenstra, 5)
        XCTAssertEqual(k.cells.tingkatCapaian, 5)
    }

    func testTerakhirTakesTheLatest() throws {
        let k = try column13(satuan: "nilai", aturanK: .terakhir, sampai: "85", quarters: [nil, nil, "87", nil])
        XCTAssertEqual(k.cells.realisasiRenstra, 87)
    }

    func testRataRataAverages() throws {
        let k = try column13(satuan: "%", sampai: "99.34", quarters: ["21.96", "41.59", nil, nil])
        XCTAssertEqual(k.cells.realisasiRenstra, B.decimal("70.465"))
    }

    /// The seed's 50,00% rows average 100% with a missing n-1 realisation as if it were zero.
    func testRataRataWithOneSideMissingUsesThatSide() throws {
        XCTAssertEqual(try column13(satuan: "%", sampai: "100", quarters: [nil, nil, nil, nil]).cells.realisasiRenstra, 100)
        XCTAssertEqual(try column13(satuan: "%", sampai: nil, quarters: ["40", nil, nil, nil]).cells.realisasiRenstra, 40)
        XCTAssertNil(try column13(satuan: "%", sampai: nil, quarters: [nil, nil, nil, nil]).cells.realisasiRenstra)
    }

    func testEveryRuleWithOneSideMissingUsesThatSide() throws {
        for rule in Indikator.KRule.allCases {
            XCTAssertEqual(try column13(satuan: "Desa", aturanK: rule, sampai: "6", quarters: []).cells.realisasiRenstra, 6, "\(rule)")
            XCTAssertEqual(try column13(satuan: "Desa", aturanK: rule, sampai: nil, quarters: ["4"]).cells.realisasiRenstra, 4, "\(rule)")
        }
    }

    func testCombineUsesOnlyTheReportedPeriods() {
        XCTAssertEqual(Indikator.KRule.jumlah.combine([2, nil, 3]), 5)
        XCTAssertEqual(Indikator.KRule.terakhir.combine([2, 3, nil]), 3)
        XCTAssertEqual(Indikator.KRule.rataRata.combine([nil, 80, 90]), 85)
        XCTAssertNil(Indikator.KRule.rataRata.combine([nil, nil]))
        XCTAssertNil(Indikator.KRule.jumlah.combine([]))
    }

    func testCellsByPrintedColumnNumber() {
        let cells = EvaluasiCells<Decimal>(
            targetRenstra: 5, realisasiSampaiTahunLalu: 6, targetTahunBerjalan: 7, triwulan: [8, 9, 10, 11],
            realisasiTahunBerjalan: 12, realisasiRenstra: 13, tingkatCapaian: 14)
        XCTAssertEqual((4...15).map { cells.column($0) }, [nil, 5, 6, 7, 8, 9, 10, 11, 12, 13, nil, nil])
    }
}
