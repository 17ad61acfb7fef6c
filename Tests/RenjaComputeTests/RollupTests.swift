import Foundation
import RenjaCompute
import RenjaModel
import XCTest

/// Programme pagu, grand totals, BAB IV, planned versus past-only, years and counts.
final class RollupTests: XCTestCase {
    private typealias B = PlanBuilder
    private let figures = computeFigures(SeedPlan.plan).0

    func testYearsDeriveFromN() {
        let years = figures.years
        XCTAssertEqual([years.nMinus2, years.nMinus1, years.n, years.nPlus1, years.renstraAkhir], [2018, 2019, 2020, 2021, 2023])
    }

    func testProgrammePaguIsTheSumOfItsKegiatanForNAndNPlus1() throws {
        let seedTC33: [String: (Int, Int)] = [
            "P01": (350_000_000, 375_000_000), "P02": (3_295_000_000, 260_000_000),
            "P03": (15_000_000, 17_500_000), "P04": (515_000_000, 665_000_000),
        ]
        for (kode, (n, nPlus1)) in seedTC33 {
            let program = try XCTUnwrap(figures.program(kode))
            XCTAssertEqual(program.pagu.n, Money(n), kode)
            XCTAssertEqual(program.pagu.nPlus1, Money(nPlus1), kode)
        }
    }

    func testGrandTotalsAndBelanjaLangsungCountKegiatanRowsOnly() {
        XCTAssertEqual(figures.total.n, Money(4_175_000_000))
        XCTAssertEqual(figures.anggaran.belanjaLangsung, Money(4_175_000_000))
        XCTAssertEqual(figures.anggaran.belanjaTidakLangsung, Money(1_217_977_199))
        XCTAssertEqual(figures.anggaran.total, Money(5_392_977_199))
    }

    /// A mistyped tahun or pagu year made a document planning "0 (nol) program", unwarned.
    func testProgrammesNoneOfWhichIsPlannedAreAWarningAtTheFirst() {
        let past = B.plan(program: [B.program("P", kegiatan: [B.kegiatan("K", pagu: [2018: Money(10)])], line: 40)])
        XCTAssertEqual(computeFigures(past).1.map(\.description), [
            "plan.yaml:40:5: warning: no programme or kegiatan has a pagu or target in 2020 or 2021 (tahun 2020): "
                + "T-C.31, T-C.33 and BAB IV plan nothing; is tahun or are the pagu years right?",
        ])
        XCTAssertEqual(computeFigures(B.plan(program: [])).1, [], "a plan of no programmes says so itself")
        let planned = B.plan(program: [B.program("P", kegiatan: [B.kegiatan("K", pagu: [2021: Money(10)])])])
        XCTAssertEqual(computeFigures(planned).1, [])
    }

    func testTotalWithoutBelanjaTidakLangsungIsBelanjaLangsung() {
        let plan = B.plan(program: [B.program("P", kegiatan: [B.kegiatan("K", pagu: [2020: Money(10)])])])
        XCTAssertEqual(computeFigures(plan).0.anggaran.total, Money(10))
        XCTAssertEqual(computeFigures(B.plan(program: [])).0.anggaran.belanjaLangsung, .zero)
    }

    func testAnalisisKebutuhanPaguFallsBackToThePlansPaguN() throws {
        let analysed = AnalisisKebutuhan(pagu: Money(334_336_000), indikator: [], catatan: nil)
        let unpriced = AnalisisKebutuhan(pagu: nil, indikator: [], catatan: "lokasi lain")
        let plan = B.plan(program: [B.program("P", kegiatan: [
            B.kegiatan("K1", pagu: [2020: Money(350_000_000)], analisisKebutuhan: analysed),
            B.kegiatan("K2", pagu: [2020: Money(100_000_000)]),
            B.kegiatan("K3", pagu: [2020: Money(5_000_000)], analisisKebutuhan: unpriced),
        ])])
        let figures = computeFigures(plan).0
        XCTAssertEqual(figures.kegiatan("K1")?.pagu.analisisKebutuhan, Money(334_336_000))
        XCTAssertEqual(figures.kegiatan("K2")?.pagu.analisisKebutuhan, Money(100_000_000))
        XCTAssertEqual(figures.kegiatan("K3")?.pagu.analisisKebutuhan, Money(5_000_000))
        XCTAssertEqual(figures.program("P")?.pagu.analisisKebutuhan, Money(439_336_000))
        XCTAssertEqual(figures.program("P")?.pagu.n, Money(455_000_000))
        XCTAssertEqual(figures.total.analisisKebutuhan, Money(439_336_000))
    }

    func testPlannedInNVersusPastOnly() throws {
        XCTAssertEqual(figures.programDirencanakan.map(\.kode), ["P01", "P02", "P03", "P04"])
        let pastOnly = try XCTUnwrap(figures.program("P05"))
        XCTAssertFalse(pastOnly.direncanakan)
        XCTAssertEqual(pastOnly.kegiatanDirencanakan.map(\.kode), [])
        XCTAssertNil(pastOnly.pagu.n)

        let targetOnly = B.plan(program: [B.program("P", kegiatan: [
            B.kegiatan("K1", indikator: [B.indikator("K1.I1", satuan: "Desa", target: [2021: 6])]),
            B.kegiatan("K2", pagu: [2019: Money(1)], indikator: [B.indikator("K2.I1", satuan: "Desa", target: [2019: 6, 2022: 6])]),
        ])])
        let computed = computeFigures(targetOnly).0
        XCTAssertEqual(computed.kegiatan("K1")?.direncanakan, true, "a target in n+1 plans a kegiatan")
        XCTAssertEqual(computed.kegiatan("K2")?.direncanakan, false, "n-1 and n+2 do not")
        XCTAssertEqual(computed.program("P")?.direncanakan, true)
    }

    func testAProgrammeIndicatorTargetInNPlansTheProgramme() {
        let plan = B.plan(program: [B.program("P", indikator: [B.indikator("P.I1", satuan: "%", target: [2020: 80])], kegiatan: [])])
        XCTAssertEqual(computeFigures(plan).0.program("P")?.direncanakan, true)
    }

    func testCounts() {
        XCTAssertEqual(figures.counts, Counts(program: 4, kegiatan: 13, landasanHukum: 3))
    }
}
