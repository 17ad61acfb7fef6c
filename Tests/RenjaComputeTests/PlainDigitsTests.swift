import Foundation
@testable import RenjaCompute
import RenjaSynthetic
import XCTest

/// The fast digit path (a whole number of the value's smallest unit, `ExactUnits`)
/// must print exactly what `Decimal.description` prints, and leave to it what does not fit.
final class PlainDigitsTests: XCTestCase {
    /// A value with 1-20 significant digits, 0-6 fraction digits or a positive exponent,
    /// either sign, sometimes rounded as the formatter rounds before printing.
    private func randomValue(_ generator: inout SplitMix64) -> Decimal {
        let digits = Int.random(in: 1...20, using: &generator)
        let significand = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        let exponent = Int.random(in: -6...4, using: &generator)
        let sign = Bool.random(using: &generator) ? "-" : ""
        var value = Decimal(string: "\(sign)\(significand)e\(exponent)", locale: Locale(identifier: "en_US_POSIX")) ?? 0
        if Bool.random(using: &generator) {
            var exact = value
            NSDecimalRound(&value, &exact, Int.random(in: 0...2, using: &generator), .plain)
        }
        return value
    }

    func testTheFastPathPrintsWhatDescriptionPrints() {
        var generator = SplitMix64(seed: 86)
        var fast = 0
        for _ in 0..<20_000 {
            let value = randomValue(&generator)
            guard let digits = PlainDigits(exactUnits: value) else { continue }
            fast += 1
            XCTAssertEqual(digits, PlainDigits(describing: value), "\(value)")
        }
        XCTAssertGreaterThan(fast, 10_000, "most values of a plan fit the fast path")
    }

    /// Rounding in whole units prints what `NSDecimalRound` then the digits print, at midpoints too.
    func testRoundingInUnitsPrintsWhatDecimalRoundingPrints() {
        var generator = SplitMix64(seed: 2019)
        for _ in 0..<20_000 {
            let value = randomValue(&generator)
            let decimals = Int.random(in: 0...3, using: &generator)
            XCTAssertEqual(PlainDigits(value, roundedTo: decimals), PlainDigits(describing: value.rounded(decimals: decimals)), "\(value) to \(decimals)")
        }
        for text in ["0.5", "-0.5", "2.5", "0.005", "-0.005", "0.0049999", "99.995", "-0.004", "1234567.125", "0.45"] {
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
            for decimals in 0...2 {
                XCTAssertEqual(PlainDigits(value, roundedTo: decimals), PlainDigits(describing: value.rounded(decimals: decimals)), "\(text) to \(decimals)")
            }
        }
    }

    /// The text as it was built before the units path: rounded by `NSDecimalRound`, digits from
    /// `Decimal.description`, grouped and joined.
    private func referenceText(_ value: Decimal, decimals: Int, fixed: Bool) -> String {
        let parts = PlainDigits(describing: value.rounded(decimals: decimals))
        var fraction = parts.fraction
        if fixed { fraction += String(repeating: "0", count: max(0, decimals - fraction.count)) }
        let whole = DecimalText.groupedThousands(parts.whole)
        return (parts.isNegative ? "-" : "") + (fraction.isEmpty ? whole : whole + "," + fraction)
    }

    func testIndonesianTextIsWhatDescriptionDigitsGive() {
        var generator = SplitMix64(seed: 62)
        for _ in 0..<20_000 {
            let value = randomValue(&generator)
            let decimals = Int.random(in: 0...3, using: &generator)
            let fixed = Bool.random(using: &generator)
            XCTAssertEqual(DecimalText.indonesian(value, decimals: decimals, fixed: fixed),
                           referenceText(value, decimals: decimals, fixed: fixed), "\(value) \(decimals) \(fixed)")
        }
        for text in ["0", "-0.004", "999.995", "-1234567.5", "1e3", "9007199254740991", "123456789012345678901234.5"] {
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
            for decimals in 0...2 {
                for fixed in [false, true] {
                    XCTAssertEqual(DecimalText.indonesian(value, decimals: decimals, fixed: fixed),
                                   referenceText(value, decimals: decimals, fixed: fixed), "\(text) \(decimals) \(fixed)")
                }
            }
        }
    }

    func testEdgeValues() {
        let values = ["0", "-0.001", "0.5", "0.05", "100", "1e3", "4175000000.00", "87.00", "-12.30",
                      "999999999999999999", "0.000000000000000001", "123456789.123456789"]
        for text in values {
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
            XCTAssertEqual(PlainDigits(value), PlainDigits(describing: value), text)
        }
    }

    func testValuesOf2To53UnitsOrMoreTakeTheExactPath() {
        let huge = Decimal(string: "1234567890123456789012.5", locale: Locale(identifier: "en_US_POSIX")) ?? 0
        XCTAssertNil(PlainDigits(exactUnits: huge))
        XCTAssertEqual(PlainDigits(huge).whole, "1234567890123456789012")
        XCTAssertEqual(PlainDigits(huge).fraction, "5")
        XCTAssertNil(PlainDigits(exactUnits: Decimal(string: "1e18", locale: Locale(identifier: "en_US_POSIX")) ?? 0))
        XCTAssertNil(PlainDigits(exactUnits: Decimal(string: "90071992547409.92", locale: Locale(identifier: "en_US_POSIX")) ?? 0))
        XCTAssertEqual(PlainDigits(exactUnits: Decimal(string: "90071992547409.91", locale: Locale(identifier: "en_US_POSIX")) ?? 0)?.whole,
                       "90071992547409")
    }

    func testARoundedNegativeZeroHasNoSign() {
        let value = (Decimal(string: "-0.004", locale: Locale(identifier: "en_US_POSIX")) ?? 0).rounded(decimals: 2)
        XCTAssertFalse(PlainDigits(value).isNegative)
        XCTAssertEqual(DecimalText.indonesian(-0.004, decimals: 2, fixed: true), "0,00")
    }

    func testGroupedThousands() {
        XCTAssertEqual(DecimalText.groupedThousands("1814088000"), "1.814.088.000")
        XCTAssertEqual(DecimalText.groupedThousands("100"), "100")
        XCTAssertEqual(DecimalText.groupedThousands("1000"), "1.000")
        XCTAssertEqual(DecimalText.groupedThousands("0"), "0")
    }
}

/// Unit names skip Foundation's trimming when their ends show no blank; both paths agree.
final class TrimmingBlanksTests: XCTestCase {
    func testTheFastPathAgreesWithFoundation() {
        let units = ["orang", " orang ", "\torang", "orang\t", "orang\u{00A0}", "\u{3000}%", "%", "", " ", "Jenis Layanan",
                     "m\u{00B2}", "\u{00B2}", "a\nb", "orang\n"]
        for unit in units {
            XCTAssertEqual(unit.trimmingBlanks(), unit.trimmingCharacters(in: .whitespaces), unit.debugDescription)
        }
    }
}
