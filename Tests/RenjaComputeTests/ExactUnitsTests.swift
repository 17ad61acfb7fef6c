import Foundation
@testable import RenjaCompute
import RenjaSynthetic
import XCTest

/// The integer paths of `ExactUnits` give exactly what the `Decimal` operations they replace
/// give, and decline what they cannot do exactly.
final class ExactUnitsTests: XCTestCase {
    private func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    /// A value with 1-17 significant digits and 0-4 fraction digits (or a positive exponent),
    /// either sign: money in sen, K values, and some that do not fit.
    private func randomValue(_ generator: inout SplitMix64) -> Decimal {
        let digits = Int.random(in: 1...17, using: &generator)
        let significand = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        let exponent = Int.random(in: -4...3, using: &generator)
        let sign = Int.random(in: 0..<4, using: &generator) == 0 ? "-" : ""
        return decimal("\(sign)\(significand)e\(exponent)")
    }

    func testUnitsRoundTripToTheSameValueAndDigits() {
        var generator = SplitMix64(seed: 53)
        var fitted = 0
        for _ in 0..<10_000 {
            let value = randomValue(&generator)
            guard let exact = ExactUnits(value, scale: ExactUnits.fractionDigits(of: value)) else { continue }
            fitted += 1
            XCTAssertEqual(exact.decimal, value, "\(value)")
            XCTAssertEqual(exact.decimal.description, value.description, "\(value)")
        }
        XCTAssertGreaterThan(fitted, 5_000)
    }

    func testSumsEqualDecimalAdditionInAnyOrder() {
        var generator = SplitMix64(seed: 2020)
        var fitted = 0
        for _ in 0..<3_000 {
            let values = (0..<Int.random(in: 0...12, using: &generator)).map { _ in randomValue(&generator) }
            let expected = values.reduce(Decimal.zero, +)
            XCTAssertEqual(values.exactSum(), expected, "\(values)")
            XCTAssertEqual(values.shuffled(using: &generator).exactSum(), expected, "\(values)")
            guard let sum = ExactUnits.sum(values) else { continue }
            fitted += 1
            XCTAssertEqual(sum, expected, "\(values)")
            XCTAssertEqual(sum.description, expected.description, "\(values)")
        }
        XCTAssertGreaterThan(fitted, 1_000)
    }

    func testPercentagesEqualTheRoundedDecimalQuotient() {
        var generator = SplitMix64(seed: 86)
        var fitted = 0
        for _ in 0..<10_000 {
            let part = randomValue(&generator)
            let whole = randomValue(&generator)
            guard !whole.isZero, let percentage = ExactUnits.percentage(part, of: whole) else { continue }
            fitted += 1
            XCTAssertEqual(percentage, (part / whole * 100).rounded(decimals: 2), "\(part) / \(whole)")
        }
        XCTAssertGreaterThan(fitted, 5_000)
    }

    /// Quotients exactly on a midpoint round away from zero, as `NSDecimalRound(.plain)` does.
    func testPercentagesOnAMidpointRoundAwayFromZero() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<2_000 {
            let scale = Decimal(Int.random(in: 1...9_999_999, using: &generator))
            let midpoint = Decimal(2 * Int.random(in: 0...2_000_000, using: &generator) + 1)
            let sign: Decimal = Bool.random(using: &generator) ? 1 : -1
            let part = sign * midpoint * scale
            let whole = 20_000 * scale
            let expected = (part / whole * 100).rounded(decimals: 2)
            XCTAssertEqual(ExactUnits.percentage(part, of: whole), expected, "\(part) / \(whole)")
        }
        XCTAssertEqual(ExactUnits.percentage(decimal("1"), of: decimal("8")), decimal("12.5"))
        XCTAssertEqual(ExactUnits.percentage(decimal("1"), of: decimal("-3")), decimal("-33.33"))
        XCTAssertEqual(ExactUnits.percentage(decimal("2"), of: decimal("3")), decimal("66.67"))
        XCTAssertEqual(ExactUnits.percentage(decimal("-0.00001"), of: decimal("3")), 0)
    }

    /// Averages of 1-8 periods: exact quotients where the divisor divides a power of ten.
    func testQuotientsEqualDecimalDivision() {
        var generator = SplitMix64(seed: 7)
        var fitted = 0
        for _ in 0..<5_000 {
            let value = randomValue(&generator)
            let divisor = Int.random(in: 1...8, using: &generator)
            guard let quotient = ExactUnits.quotient(value, dividedBy: divisor) else { continue }
            fitted += 1
            XCTAssertEqual(quotient, value / Decimal(divisor), "\(value) / \(divisor)")
        }
        XCTAssertGreaterThan(fitted, 2_000)
        XCTAssertEqual(ExactUnits.quotient(decimal("70.465"), dividedBy: 2), decimal("35.2325"))
        XCTAssertNil(ExactUnits.quotient(1, dividedBy: 3), "a repeating decimal")
        XCTAssertNil(ExactUnits.quotient(1, dividedBy: 0))
    }

    func testWhatDoesNotFitIsDeclined() {
        XCTAssertNil(ExactUnits(decimal("0.125"), scale: 2), "more fraction digits than the scale")
        XCTAssertNil(ExactUnits(decimal("9007199254740992"), scale: 0), "2^53")
        XCTAssertEqual(ExactUnits(decimal("9007199254740991"), scale: 0)?.units, 9_007_199_254_740_991)
        XCTAssertEqual(ExactUnits(decimal("-342181137.68"), scale: 2)?.units, -34_218_113_768)
        XCTAssertNil(ExactUnits(.nan, scale: 0))
        XCTAssertNil(ExactUnits.sum([decimal("9007199254740991"), 1]))
        XCTAssertNil(ExactUnits.percentage(1, of: 0))
        XCTAssertNil(ExactUnits.percentage(decimal("1e15"), of: decimal("0.001")), "a quotient beyond 2^53 hundredths")
    }
}
