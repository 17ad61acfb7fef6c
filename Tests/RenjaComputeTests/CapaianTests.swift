import Foundation
import RenjaCompute
import RenjaModel
import XCTest

/// T-C.29 column 14: the achievement, its band, and a zero or missing target.
final class CapaianTests: XCTestCase {
    private typealias B = PlanBuilder

    func testBandsAtTheirBoundaries() {
        let cases: [(String, CapaianPredikat)] = [
            ("100", .sangatTinggi), ("91", .sangatTinggi), ("90.995", .sangatTinggi), ("90.99", .tinggi),
            ("90.5", .tinggi), ("76", .tinggi), ("75.99", .sedang), ("66", .sedang), ("65.5", .rendah),
            ("51", .rendah), ("50.99", .sangatRendah), ("50", .sangatRendah), ("0", .sangatRendah), ("2087.5", .sangatTinggi),
            ("-12.5", .sangatRendah), ("1e30", .sangatTinggi), ("-1e30", .sangatRendah), ("91.000000000000000000001", .sangatTinggi),
        ]
        for (persen, band) in cases {
            XCTAssertEqual(CapaianPredikat(persen: B.decimal(persen)), band, persen)
        }
        XCTAssertEqual(CapaianPredikat.sangatTinggi.label, "Sangat Tinggi")
    }

    /// A kegiatan with realisation up to n-2; `pagu` of 2020 makes it planned in year n.
    private func plan(paguRenstra: Money?, target: [Int: Decimal], pagu: [Int: Money] = [2020: Money(500)]) -> Plan {
        B.plan(
            program: [B.program("P", kegiatan: [
                B.kegiatan("K", pagu: pagu, paguRenstra: paguRenstra, indikator: [B.indikator("K.I1", satuan: "Dokumen", target: target, line: 7)], line: 6),
            ], line: 5)],
            realisasi: Realisasi(sampaiTahunLalu: [B.sampaiTahunLalu("K", rp: "1000"), B.sampaiTahunLalu("K.I1", k: "2")]))
    }

    func testAZeroTargetGivesNoAchievementAndAWarningAtTheTarget() throws {
        let (figures, diagnostics) = computeFigures(plan(paguRenstra: .zero, target: [2023: 0]))
        let kegiatan = try XCTUnwrap(figures.evaluasi.last)
        XCTAssertNil(kegiatan.rp.tingkatCapaian)
        XCTAssertNil(kegiatan.rp.predikat)
        XCTAssertNil(kegiatan.indikator.first?.cells.tingkatCapaian)
        XCTAssertEqual(RenjaFormatter().percent(kegiatan.rp.tingkatCapaian), "-")
        XCTAssertEqual(diagnostics.map(\.location?.line), [7, 6, 5])
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("zero") })
    }

    func testAMissingTargetGivesNoAchievementAndAWarning() throws {
        let (figures, diagnostics) = computeFigures(plan(paguRenstra: nil, target: [:]))
        XCTAssertNil(figures.evaluasi.last?.rp.tingkatCapaian)
        XCTAssertEqual(diagnostics, [
            .warning("T-C.29 column 14 (K of indicator K.I1) prints \"-\": there is no Renstra target for 2023 (column 5) to divide the realisation by", at: B.location(7)),
            .warning("T-C.29 column 14 (Rp of kegiatan K) prints \"-\": there is no Renstra budget (column 5) to divide the realisation by", at: B.location(6)),
            .warning("T-C.29 column 14 (Rp of programme P) prints \"-\": there is no Renstra budget (column 5) to divide the realisation by", at: B.location(5)),
        ])
    }

    func testAKegiatanNoLongerPlannedPrintsADashWithoutAWarning() throws {
        let (figures, diagnostics) = computeFigures(plan(paguRenstra: nil, target: [:], pagu: [2019: Money(500)]))
        XCTAssertNil(figures.evaluasi.last?.rp.tingkatCapaian)
        // The plan planning nothing at all is a warning of its own, and the only one.
        XCTAssertEqual(diagnostics.map(\.message), [
            "no programme or kegiatan has a pagu or target in 2020 or 2021 (tahun 2020): T-C.31, T-C.33 and BAB IV plan nothing; "
                + "is tahun or are the pagu years right?",
        ])
    }

    func testAMissingTargetWithoutRealisationIsNotWorthAWarning() {
        let quiet = B.plan(program: [B.program("P", kegiatan: [B.kegiatan("K", indikator: [B.indikator("K.I1", satuan: "%")])])])
        XCTAssertEqual(computeFigures(quiet).1.map(\.message), [
            "no programme or kegiatan has a pagu or target in 2020 or 2021 (tahun 2020): T-C.31, T-C.33 and BAB IV plan nothing; "
                + "is tahun or are the pagu years right?",
        ], "the plan plans nothing, and that is all")
    }
}
