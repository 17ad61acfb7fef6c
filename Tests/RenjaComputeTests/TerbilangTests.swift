import Foundation
import RenjaCompute
import RenjaModel
import XCTest

final class TerbilangTests: XCTestCase {
    private let formatter = RenjaFormatter()

    func testEdgeCases() {
        let cases: [(Int, String)] = [
            (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"),
            (20, "dua puluh"), (21, "dua puluh satu"), (100, "seratus"), (101, "seratus satu"), (110, "seratus sepuluh"),
            (111, "seratus sebelas"), (200, "dua ratus"), (999, "sembilan ratus sembilan puluh sembilan"),
            (1_000, "seribu"), (1_001, "seribu satu"), (1_100, "seribu seratus"), (2_000, "dua ribu"),
            (10_000, "sepuluh ribu"), (11_000, "sebelas ribu"), (100_000, "seratus ribu"), (101_000, "seratus satu ribu"),
            (1_000_000, "satu juta"), (1_001_011, "satu juta seribu sebelas"), (2_000_000_000, "dua miliar"),
            (1_000_000_000_000, "satu triliun"),
            (999_999_999_999_999, "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar "
                + "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu "
                + "sembilan ratus sembilan puluh sembilan"),
            (-11, "minus sebelas"),
        ]
        for (number, words) in cases {
            XCTAssertEqual(formatter.terbilang(number), words, "\(number)")
        }
    }

    func testTheExtremesOfIntDoNotTrap() {
        XCTAssertTrue(formatter.terbilang(Int.max).hasPrefix("sembilan kuintiliun"))
        XCTAssertTrue(formatter.terbilang(Int.min).hasPrefix("minus sembilan kuintiliun"))
    }

    func testRupiah() {
        XCTAssertEqual(formatter.terbilangRupiah(Money(4_175_000_000)), "empat miliar seratus tujuh puluh lima juta rupiah")
        XCTAssertEqual(formatter.terbilangRupiah(Money(1_000)), "seribu rupiah")
        XCTAssertEqual(formatter.terbilangRupiah(.zero), "nol rupiah")
        XCTAssertEqual(formatter.terbilangRupiah(PlanBuilder.money("100.5")), "seratus rupiah lima puluh sen")
        XCTAssertEqual(formatter.terbilangRupiah(PlanBuilder.money("342181137.68")),
                       "tiga ratus empat puluh dua juta seratus delapan puluh satu ribu seratus tiga puluh tujuh rupiah enam puluh delapan sen")
        XCTAssertEqual(formatter.terbilangRupiah(PlanBuilder.money("0.999")), "satu rupiah", "rounded to sen first")
    }

    func testCountsInProse() {
        XCTAssertEqual(formatter.countWithWords(5), "5 (lima)")
        XCTAssertEqual(formatter.countWithWords(13), "13 (tiga belas)")
    }
}
