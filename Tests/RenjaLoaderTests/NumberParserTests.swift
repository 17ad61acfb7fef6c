import Foundation
@testable import RenjaLoader
import RenjaModel
import RenjaSynthetic
import XCTest

final class NumberParserTests: XCTestCase {
    /// The parser over the UTF-8 of `text`, as the CSV reader hands it a cell.
    private static func parse(_ text: String, _ convention: Settings.NumberConvention) -> Result<Decimal?, NumberError> {
        var text = text
        return text.withUTF8 { NumberParser.parse($0, convention: convention) }
    }

    private func value(_ text: String, _ convention: Settings.NumberConvention) -> Decimal?? {
        try? Self.parse(text, convention).get()
    }

    private func error(_ text: String, _ convention: Settings.NumberConvention) -> NumberError? {
        if case .failure(let error) = Self.parse(text, convention) { return error }
        return nil
    }

    func testIndonesianConvention() {
        XCTAssertEqual(value("1.814.088.000", .indonesian), Decimal(1_814_088_000))
        XCTAssertEqual(value("99,34", .indonesian), Decimal(string: "99.34"))
        XCTAssertEqual(value("342.181.137,68", .indonesian), Decimal(string: "342181137.68"))
        XCTAssertEqual(value("1814088000", .indonesian), Decimal(1_814_088_000))
        XCTAssertEqual(value("1.814", .indonesian), Decimal(1814), "a valid grouping under id, never 1.814")
        XCTAssertEqual(value("99,34%", .indonesian), Decimal(string: "99.34"))
        XCTAssertEqual(value(" 99,34 % ", .indonesian), Decimal(string: "99.34"))
        XCTAssertEqual(value("-5", .indonesian), Decimal(-5))
        XCTAssertEqual(value("0,5", .indonesian), Decimal(string: "0.5"))
    }

    func testEnglishConvention() {
        XCTAssertEqual(value("1,814,088,000", .english), Decimal(1_814_088_000))
        XCTAssertEqual(value("99.34", .english), Decimal(string: "99.34"))
        XCTAssertEqual(value("1.814", .english), Decimal(string: "1.814"), "a decimal point under en")
        XCTAssertEqual(value("342,181,137.68", .english), Decimal(string: "342181137.68"))
        XCTAssertEqual(value("87 %", .english), Decimal(87))
    }

    func testNotReportedIsNil() {
        for convention in Settings.NumberConvention.allCases {
            XCTAssertEqual(value("", convention), .some(nil))
            XCTAssertEqual(value("-", convention), .some(nil))
            XCTAssertEqual(value("  ", convention), .some(nil))
        }
    }

    func testMalformedNumbersAreErrorsNeverGuesses() {
        for text in ["1.81.4", "12abc", "1,5", "1..5", "1.814,5", ".5", "5.", "1,2345.6", "--5", "5-", "%", "1,000.000.000", "1 000"] {
            XCTAssertNotNil(error(text, .english), "'\(text)' under en")
        }
        for text in ["1.81.4", "12abc", "12.5", "1,,5", "1,5,6", ",5", "5,", "1.000,5.000", "Rp5", "1e5", "1.000.000,"] {
            XCTAssertNotNil(error(text, .indonesian), "'\(text)' under id")
        }
    }

    func testErrorOffsetPointsAtTheOffendingCharacter() {
        XCTAssertEqual(error("12abc", .indonesian)?.offset, 2)
        XCTAssertEqual(error("1,5,6", .indonesian)?.offset, 3)
    }

    func testTooManyDigitsIsAnErrorNotARoundedValue() {
        XCTAssertNotNil(error(String(repeating: "9", count: 40), .english))
    }

    /// Any amount with 0-2 decimals, written in a convention, reads back exactly.
    func testRoundTripOfFormattedDecimals() {
        var generator = SplitMix64(seed: 20_200_101)
        for _ in 0..<2000 {
            let integer = UInt64.random(in: 0...999_999_999_999, using: &generator)
            let decimals = Int.random(in: 0...2, using: &generator)
            let fraction = decimals == 0 ? 0 : UInt64.random(in: 0..<(decimals == 1 ? 10 : 100), using: &generator)
            let negative = Bool.random(using: &generator)
            let grouped = Bool.random(using: &generator)
            var expected = Decimal(integer) + Decimal(fraction) / (decimals == 1 ? 10 : 100)
            if negative { expected = -expected }
            for convention in Settings.NumberConvention.allCases {
                let text = Self.format(integer: integer, fraction: fraction, decimals: decimals, negative: negative,
                                       grouped: grouped, convention: convention)
                XCTAssertEqual(value(text, convention), .some(expected), "'\(text)' under \(convention)")
            }
        }
    }

    /// Random junk never crashes the parser, and an error points inside the cell.
    func testArbitraryTextIsANumberNilOrAnErrorInsideTheCell() {
        var generator = SplitMix64(seed: 86_2017)
        let alphabet: [Character] = ["0", "1", "9", ".", ",", "-", "+", "%", " ", "e", "\u{A0}", "é", "_"]
        for _ in 0..<5000 {
            let text = String((0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "0" })
            for convention in Settings.NumberConvention.allCases {
                if case .failure(let error) = Self.parse(text, convention) {
                    XCTAssertTrue((0..<max(1, text.unicodeScalars.count)).contains(error.offset), "'\(text)': \(error)")
                }
            }
        }
    }

    /// A test-local formatter, independent of the parser and of Foundation's formatters.
    static func format(integer: UInt64, fraction: UInt64, decimals: Int, negative: Bool, grouped: Bool,
                       convention: Settings.NumberConvention) -> String {
        let (grouping, decimalMark) = convention == .indonesian ? (".", ",") : (",", ".")
        var digits = String(integer)
        if grouped {
            var groups: [String] = []
            while digits.count > 3 {
                groups.insert(String(digits.suffix(3)), at: 0)
                digits.removeLast(3)
            }
            groups.insert(digits, at: 0)
            digits = groups.joined(separator: grouping)
        }
        var text = (negative ? "-" : "") + digits
        if decimals > 0 {
            let fractionText = String(fraction)
            text += decimalMark + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return text
    }

    /// The reading on UTF-8 bytes replaced one on an array of unicode scalars; both give the
    /// same values, messages and offsets on random cells near the grammar's edges.
    func testAgreesWithTheScalarBasedReading() {
        let alphabet: [String] = ["0", "1", "9", ".", ",", "-", "+", "%", " ", "é", "\u{301}", "１", "🇮🇩", "\u{A0}", "x", "\t"]
        var generator = SplitMix64(seed: 6)
        for round in 0..<40_000 {
            let length = round % 20 == 0 ? Int.random(in: 20...40, using: &generator) : Int.random(in: 0...9, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "0" }.joined()
            for convention in Settings.NumberConvention.allCases {
                XCTAssertEqual(Self.parse(text, convention),
                               ScalarNumberParser.parse(text[...], convention: convention), "\(text.debugDescription) under \(convention)")
            }
        }
    }
}

/// `NumberParser` as it was before it read UTF-8 bytes: the reference for the test above.
private enum ScalarNumberParser {
    static func parse(_ text: Substring, convention: Settings.NumberConvention) -> Result<Decimal?, NumberError> {
        let (grouping, decimalMark) = separators(of: convention)
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, scalars[start] == " " { start += 1 }
        while end > start, scalars[end - 1] == " " { end -= 1 }
        if start == end || (end - start == 1 && scalars[start] == "-") { return .success(nil) }

        var index = start
        if scalars[end - 1] == "%" {
            end -= 1
            if end > start, scalars[end - 1] == " " { end -= 1 }
        }
        var negative = false
        if scalars[index] == "-" || scalars[index] == "+" {
            negative = scalars[index] == "-"
            index += 1
        }
        var integerDigits: [UInt8] = []
        var fractionDigits: [UInt8] = []
        var groupLengths: [Int] = [0]
        var sawDecimalMark = false
        while index < end {
            let scalar = scalars[index]
            if let digit = asciiDigit(scalar) {
                if sawDecimalMark {
                    fractionDigits.append(digit)
                } else {
                    integerDigits.append(digit)
                    groupLengths[groupLengths.count - 1] += 1
                }
            } else if scalar == grouping {
                guard !sawDecimalMark else {
                    return .failure(NumberError("'\(scalar)' after the decimal '\(decimalMark)'", offset: index))
                }
                guard groupLengths[groupLengths.count - 1] > 0 else {
                    return .failure(NumberError("a thousands separator '\(scalar)' must follow a digit", offset: index))
                }
                groupLengths.append(0)
            } else if scalar == decimalMark {
                guard !sawDecimalMark else {
                    return .failure(NumberError("a second decimal separator '\(scalar)'", offset: index))
                }
                sawDecimalMark = true
            } else {
                return .failure(NumberError("unexpected '\(scalar)' in a number", offset: index))
            }
            index += 1
        }
        if integerDigits.isEmpty {
            return .failure(NumberError("a number needs digits before the decimal separator", offset: start))
        }
        if sawDecimalMark, fractionDigits.isEmpty {
            return .failure(NumberError("a decimal separator '\(decimalMark)' must be followed by digits", offset: end - 1))
        }
        if groupLengths.count > 1 {
            let groupsAreValid = (1...3).contains(groupLengths[0]) && groupLengths.dropFirst().allSatisfy { $0 == 3 }
            guard groupsAreValid else {
                return .failure(NumberError(
                    "thousands groups must have exactly 3 digits (separator '\(grouping)' under convention '\(convention.rawValue)')",
                    offset: start))
            }
        }
        guard let value = ExactDecimal.make(negative: negative, integerDigits: integerDigits, fractionDigits: fractionDigits) else {
            return .failure(NumberError("more than \(ExactDecimal.maximumDigits) digits", offset: start))
        }
        return .success(value)
    }

    private static func separators(of convention: Settings.NumberConvention) -> (grouping: Unicode.Scalar, decimal: Unicode.Scalar) {
        switch convention {
        case .indonesian: return (".", ",")
        case .english: return (",", ".")
        }
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        ("0"..."9").contains(scalar) ? UInt8(scalar.value) : nil
    }
}
