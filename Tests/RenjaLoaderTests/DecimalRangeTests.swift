import Foundation
@testable import RenjaLoader
import XCTest

/// `isBelowZero` and `isPercentage` skip Foundation's comparison when the sign decides; they
/// must agree with it everywhere, zeros written with a minus sign and NaN included.
final class DecimalRangeTests: XCTestCase {
    func testAgreesWithFoundationsComparison() {
        let texts = [
            "0", "-0", "-0.0", "-0.000000000000000000000000", "0.00", "1", "-1", "-0.0001", "99.999", "100", "100.0",
            "100.0000000000000000000000001", "101", "-100", "1e3", "-12345678901234567890.5", "12345678901234567890",
        ]
        var values = texts.compactMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        values += [.nan, Decimal(sign: .minus, exponent: 0, significand: 0), Decimal(sign: .minus, exponent: -3, significand: 5)]
        values += ["-0.000000000000000000000", "-0", "100.000000000000000000001"].compactMap(YAMLNumber.decimal)
        for value in values {
            XCTAssertEqual(value.isBelowZero, value < 0, "\(value)")
            XCTAssertEqual(value.isPercentage, (0...100).contains(value), "\(value)")
        }
    }
}
