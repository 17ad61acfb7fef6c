import Foundation
@testable import RenjaLoader
import RenjaSynthetic
import XCTest

/// `isBelowZero` and `isPercentage` skip Foundation's comparison when the sign decides; they
/// must agree with it everywhere, zeros written with a minus sign and NaN included.
final class DecimalRangeTests: XCTestCase {
    func testAgreesWithFoundationsComparison() {
        let texts = [
            "0", "-0", "-0.0", "-0.000000000000000000000000", "0.00", "1", "-1", "-0.0001", "99.999", "100", "100.0",
            "100.0000000000000000000000001", "101", "-100", "1e3", "-12345678901234567890.5", "12345678901234567890",
            "0.5", "50", "100.1", "1e2", "0.1e3", "10000e-2", "100000000000000000e-16", "1000000000000000001e-16", "99.99999999999999999",
        ]
        var values = texts.compactMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        values += [.nan, Decimal(sign: .minus, exponent: 0, significand: 0), Decimal(sign: .minus, exponent: -3, significand: 5)]
        values += ["-0.000000000000000000000", "-0", "100.000000000000000000001"].compactMap(YAMLNumber.decimal)
        for value in values {
            XCTAssertEqual(value.isBelowZero, value < 0, "\(value)")
            XCTAssertEqual(value.isPercentage, (0...100).contains(value), "\(value)")
        }
    }

    func testAgreesWithFoundationsComparisonOnRandomValues() {
        var generator = SplitMix64(seed: 86)
        for _ in 0..<20_000 {
            let significand = UInt64.random(in: 0...UInt64.random(in: 1...UInt64.max, using: &generator), using: &generator)
            let sign: FloatingPointSign = Bool.random(using: &generator) ? .plus : .minus
            let value = Decimal(sign: sign, exponent: Int.random(in: -22...3, using: &generator), significand: Decimal(significand))
            XCTAssertEqual(value.isBelowZero, value < 0, "\(value)")
            XCTAssertEqual(value.isPercentage, (0...100).contains(value), "\(value)")
        }
    }
}
