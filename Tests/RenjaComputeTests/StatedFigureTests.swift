import Foundation
import RenjaCompute
import RenjaModel
import XCTest

/// Every `dinyatakan` figure is checked against the computed one, as printed.
final class StatedFigureTests: XCTestCase {
    private typealias B = PlanBuilder

    func testTheSeedsErrorsAreReportedAtTheStatedFigures() {
        let diagnostics = computeFigures(SeedPlan.plan).1.filter { $0.location?.line ?? 0 >= 40 }
        XCTAssertEqual(diagnostics, [
            .warning("Belanja Langsung 2020 is stated as Rp8.350.000.000,00 but computes to Rp4.175.000.000,00; renja prints the computed value", at: B.location(40)),
            .warning("the total budget (Belanja Langsung + Belanja Tidak Langsung) 2020 is stated as Rp9.567.977.199,00 but computes to Rp5.392.977.199,00; renja prints the computed value", at: B.location(41)),
            .warning("T-C.29 column 14 K of P01.I1 is stated as 26,00% but computes to 78,29%; renja prints the computed value", at: B.location(44)),
        ])
    }

    /// Under `tata_letak_tc29: ringkas` the warning said "renja prints the computed value" for
    /// a quarterly-form column the document does not have.
    func testUnderTheRingkasLayoutAStatedQuarterlyColumnIsSaidNotToBePrinted() {
        var plan = SeedPlan.plan
        plan.settings.tataLetakTC29 = .ringkas
        let diagnostics = computeFigures(plan).1.filter { $0.location?.line == 44 }
        XCTAssertEqual(diagnostics.map(\.message), [
            "T-C.29 column 14 K of P01.I1 is stated as 26,00% but computes to 78,29%; the ringkas layout of T-C.29 does not print this column of the quarterly form",
        ])
    }

    func testThePastOnlyProgrammeIsNotWarnedAboutItsMissingRenstraBudget() {
        let others = computeFigures(SeedPlan.plan).1.filter { ($0.location?.line ?? 0) < 40 }
        XCTAssertEqual(others, [])
    }

    func testTheOfficeStyleNamesValuesInTheOfficeStyle() {
        let plan = B.plan(
            program: [B.program("P", kegiatan: [B.kegiatan("K", pagu: [2020: Money(100)])])],
            dinyatakan: [StatedFigure(.paguProgram(program: "P", tahun: 2020), value: 200, location: B.location(3))],
            settings: Settings(gayaUang: .kantor))
        XCTAssertEqual(computeFigures(plan).1.map(\.message), [
            "the pagu of programme P in 2020 is stated as Rp.200,- but computes to Rp.100,-; renja prints the computed value",
        ])
    }

    func testUnknownCodesAndUncomputableFiguresAreReported() {
        let plan = B.plan(
            program: [B.program("P", kegiatan: [B.kegiatan("K", pagu: [2020: Money(100)])])],
            dinyatakan: [
                StatedFigure(.paguProgram(program: "X", tahun: 2020), value: 1, location: B.location(3)),
                StatedFigure(.evaluasi(kode: "K", kolom: 13, aspek: .rp), value: 5, location: B.location(4)),
                StatedFigure(.evaluasi(kode: "K.I9", kolom: 12, aspek: .k), value: 5, location: B.location(5)),
                StatedFigure(.paguProgram(program: "P", tahun: 2020), value: 100, location: B.location(6)),
            ])
        XCTAssertEqual(computeFigures(plan).1, [
            .warning("the pagu of programme X in 2020 is stated, but the plan has no such programme, kegiatan or indicator", at: B.location(3)),
            .warning("T-C.29 column 13 Rp of K is stated as 5 but cannot be computed from the plan; renja prints \"-\"", at: B.location(4)),
            .warning("T-C.29 column 12 K of K.I9 is stated, but the plan has no such programme, kegiatan or indicator", at: B.location(5)),
        ])
    }
}
