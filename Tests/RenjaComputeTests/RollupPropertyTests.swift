import Foundation
import RenjaCompute
import RenjaModel
import RenjaSynthetic
import XCTest

/// Totals equal the sum of their parts, in any order of the parts.
final class RollupPropertyTests: XCTestCase {
    private typealias B = PlanBuilder

    private func randomMoney(_ generator: inout SplitMix64) -> Money? {
        guard Int.random(in: 0..<5, using: &generator) > 0 else { return nil }
        return Money(Decimal(UInt64.random(in: 0...9_999_999_999_999, using: &generator)) / 100)
    }

    func testProgrammePaguAndTotalsAreTheSumsOfTheKegiatanInAnyOrder() throws {
        var generator = SplitMix64(seed: 86)
        for _ in 0..<100 {
            let kegiatan = (0..<Int.random(in: 1...12, using: &generator)).map { index in
                B.kegiatan("K\(index)", pagu: [2019: randomMoney(&generator), 2020: randomMoney(&generator), 2021: randomMoney(&generator)]
                    .compactMapValues { $0 }, paguRenstra: randomMoney(&generator))
            }
            let original = computeFigures(B.plan(program: [B.program("P", kegiatan: kegiatan)])).0
            let shuffled = computeFigures(B.plan(program: [B.program("P", kegiatan: kegiatan.shuffled(using: &generator))])).0
            let program = try XCTUnwrap(original.program("P"))

            for (year, pagu) in [(2019, program.pagu.nMinus1), (2020, program.pagu.n), (2021, program.pagu.nPlus1)] {
                let parts = kegiatan.compactMap { $0.pagu[year] }
                XCTAssertEqual(pagu, parts.isEmpty ? nil : parts.reduce(Money.zero, +), "\(year)")
            }
            XCTAssertEqual(shuffled.program("P")?.pagu, program.pagu)
            XCTAssertEqual(shuffled.total, original.total)
            XCTAssertEqual(shuffled.anggaran, original.anggaran)
            XCTAssertEqual(original.anggaran.belanjaLangsung, original.total.n ?? .zero)
            XCTAssertEqual(shuffled.evaluasi.first?.rp, original.evaluasi.first?.rp)
        }
    }
}
