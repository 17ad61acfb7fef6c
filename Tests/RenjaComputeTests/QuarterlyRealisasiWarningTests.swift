import Foundation
import RenjaCompute
import RenjaModel
import XCTest

/// Quarterly figures are cumulative (s/d triwulan): a quarter's own figure entered instead made
/// column 12 print the last quarter alone, and a realisation above the pagu went unremarked.
final class QuarterlyRealisasiWarningTests: XCTestCase {
    private typealias B = PlanBuilder

    private func warnings(_ triwulan: [RealisasiEntry], satuan: String = "Dokumen") -> [String] {
        let plan = B.plan(
            program: [B.program("P", kegiatan: [
                B.kegiatan("K", pagu: [2019: Money(300), 2020: Money(300)], indikator: [B.indikator("K.I1", satuan: satuan)]),
            ])],
            realisasi: Realisasi(triwulan: triwulan))
        return computeFigures(plan).1.map(\.message).filter { $0.hasPrefix("realisasi") }
    }

    func testAQuarterBelowAnEarlierOneIsAWarning() {
        XCTAssertEqual(warnings([
            B.triwulan(1, "K", rp: "70"), B.triwulan(2, "K", rp: "60"), B.triwulan(3, "K", rp: "80"),
            B.triwulan(2, "K.I1", k: "3"), B.triwulan(1, "K.I1", k: "5"),
        ]), [
            "realisasi of K.I1 up to triwulan 2 (3 Dokumen) is less than up to triwulan 1 (5 Dokumen): quarterly figures are "
                + "cumulative (s/d triwulan); was the quarter's own figure entered?",
            "realisasi of K up to triwulan 2 (Rp60,00) is less than up to triwulan 1 (Rp70,00): quarterly figures are "
                + "cumulative (s/d triwulan); was the quarter's own figure entered?",
        ], "each code's quarters in order, whatever the rows' order")
    }

    func testAWarningPointsAtTheRowOfItsQuarter() {
        func row(_ quarter: Int, rp: Int, line: Int) -> RealisasiEntry {
            RealisasiEntry(tahun: 2019, triwulan: quarter, kode: "K", k: nil, rp: Money(rp),
                           location: SourceLocation(file: "triwulan.csv", line: line, column: 1))
        }
        let plan = B.plan(
            program: [B.program("P", kegiatan: [B.kegiatan("K", pagu: [2019: Money(300), 2020: Money(300)])])],
            realisasi: Realisasi(triwulan: [row(2, rp: 60, line: 3), row(1, rp: 70, line: 2), row(4, rp: 400, line: 5)]))
        XCTAssertEqual(computeFigures(plan).1.filter { $0.message.hasPrefix("realisasi") }.map(\.location?.line), [3, 5])
    }

    func testAPercentageMayFallFromQuarterToQuarter() {
        XCTAssertEqual(warnings([B.triwulan(1, "K.I1", k: "80"), B.triwulan(2, "K.I1", k: "75")], satuan: "%"), [])
    }

    func testARealisationAboveThePaguOfItsYearIsAWarning() {
        XCTAssertEqual(warnings([B.triwulan(1, "K", rp: "100"), B.triwulan(4, "K", rp: "400")]), [
            "realisasi Rp of K up to triwulan 4 of 2019 (Rp400,00) exceeds its pagu of 2019 (Rp300,00)",
        ])
        XCTAssertEqual(warnings([B.triwulan(4, "K", rp: "300")]), [], "the whole pagu spent is no mistake")
    }
}
