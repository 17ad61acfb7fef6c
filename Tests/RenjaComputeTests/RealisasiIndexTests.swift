import Foundation
@testable import RenjaCompute
import RenjaModel
import XCTest

/// The index finds every row by code, whatever the order of the rows: the slot after the
/// previous row's is only tried first.
final class RealisasiIndexTests: XCTestCase {
    private typealias B = PlanBuilder

    private let years = Years(n: 2020, renstra: YearRange(first: 2018, last: 2023), rpjmd: YearRange(first: 2018, last: 2023))

    private func quarterK(_ index: RealisasiIndex, _ kode: String) -> [Decimal?] {
        index.triwulan(at: index.slot(of: kode), \.k)
    }

    func testRowsInTheCSVsOrderAndShuffled() {
        let codes = ["A.I1", "A.I2", "B.I1", "B"]
        var triwulan: [RealisasiEntry] = []
        for quarter in 1...4 {
            // Quarter 3 lists its codes backwards; quarter 4 leaves one out.
            let ordered = quarter == 3 ? Array(codes.reversed()) : quarter == 4 ? Array(codes.dropFirst()) : codes
            triwulan += ordered.map { B.triwulan(quarter, $0, k: "\(quarter)\($0.count)") }
        }
        let index = RealisasiIndex(Realisasi(triwulan: triwulan), years: years)
        XCTAssertEqual(quarterK(index, "A.I1"), [B.decimal("14"), B.decimal("24"), B.decimal("34"), nil])
        XCTAssertEqual(quarterK(index, "B"), [B.decimal("11"), B.decimal("21"), B.decimal("31"), B.decimal("41")])
        XCTAssertEqual(quarterK(index, "C"), [nil, nil, nil, nil])
    }

    func testLaterRowOfTheSameCodeAndQuarterWins() {
        let triwulan = [B.triwulan(2, "A", rp: "10"), B.triwulan(1, "B", rp: "5"), B.triwulan(2, "A", rp: "20")]
        let index = RealisasiIndex(Realisasi(triwulan: triwulan), years: years)
        XCTAssertEqual(index.triwulan(at: index.slot(of: "A"), \.rp), [nil, B.money("20"), nil, nil])
    }

    func testQuartersOfOtherYearsAndOutOfRangeAreLeftOut() {
        let triwulan = [
            RealisasiEntry(tahun: 2018, triwulan: 1, kode: "A", k: 1, rp: nil, location: B.location(2)),
            RealisasiEntry(tahun: 2019, triwulan: 5, kode: "A", k: 2, rp: nil, location: B.location(3)),
            RealisasiEntry(tahun: 2019, triwulan: 0, kode: "A", k: 3, rp: nil, location: B.location(4)),
            RealisasiEntry(tahun: 2019, triwulan: nil, kode: "A", k: 4, rp: nil, location: B.location(5)),
            B.triwulan(4, "A", k: "5"),
        ]
        let index = RealisasiIndex(Realisasi(triwulan: triwulan), years: years)
        XCTAssertEqual(quarterK(index, "A"), [nil, nil, nil, 5])
    }

    func testSampaiTahunLaluByYearAndCode() {
        let sampai = [
            B.sampaiTahunLalu("A", k: "7"),
            RealisasiEntry(tahun: 2017, triwulan: nil, kode: "B", k: 3, rp: nil, location: B.location(2)),
            B.sampaiTahunLalu("B", rp: "900"),
        ]
        // "A" has quarters too; "B" only whole periods, after the quarters' codes.
        let index = RealisasiIndex(Realisasi(triwulan: [B.triwulan(1, "A", k: "1")], sampaiTahunLalu: sampai), years: years)
        let a = index.slot(of: "A")
        let b = index.slot(of: "B")
        XCTAssertEqual(index.sampaiTahunLalu(at: a, tahun: 2018).k, 7)
        XCTAssertNil(index.sampaiTahunLalu(at: a, tahun: 2017).k)
        XCTAssertEqual(index.sampaiTahunLalu(at: b, tahun: 2017).k, 3)
        XCTAssertEqual(index.sampaiTahunLalu(at: b, tahun: 2018).rp, B.money("900"))
        XCTAssertNil(index.sampaiTahunLalu(at: index.slot(of: "C"), tahun: 2018).k)
        XCTAssertEqual(index.triwulan(at: b, \.k), [nil, nil, nil, nil], "a code without quarters")
    }
}
