import Foundation
@testable import RenjaLoader
import RenjaSynthetic
import XCTest

final class YAMLNumberTests: XCTestCase {
    func testPlainNumbersAreReadExactly() {
        XCTAssertEqual(YAMLNumber.decimal("342181137.68"), Decimal(string: "342181137.68"))
        XCTAssertEqual(YAMLNumber.decimal("1234567.89"), Decimal(string: "1234567.89"), "never through Double")
        XCTAssertEqual(YAMLNumber.decimal("1_814_088_000"), Decimal(1_814_088_000))
        XCTAssertEqual(YAMLNumber.decimal("-5"), Decimal(-5))
        XCTAssertEqual(YAMLNumber.decimal("0"), Decimal(0))
        XCTAssertEqual(YAMLNumber.integer("2020"), 2020)
    }

    /// `ExactDecimal` skips the separators the parsers leave in the digits they hand over,
    /// in the UInt64 reading and in the one through text for more than 18 digits.
    func testSeparatorsAmongTheDigitsAreSkipped() {
        XCTAssertEqual(ExactDecimal.make(negative: false, integerDigits: Array("1.814.088".utf8), fractionDigits: Array("5_0".utf8)),
                       Decimal(string: "1814088.50"))
        XCTAssertEqual(ExactDecimal.make(negative: true, integerDigits: Array("1_000_000_000_000_000_000".utf8), fractionDigits: Array("2_5".utf8)),
                       Decimal(string: "-1000000000000000000.25"))
        XCTAssertEqual(YAMLNumber.decimal("12_345_678_901_234_567_890.1_2"), Decimal(string: "12345678901234567890.12"))
        XCTAssertNil(ExactDecimal.make(negative: false, integerDigits: Array(repeating: UInt8(ascii: "9"), count: 31), fractionDigits: [UInt8]()))
    }

    func testDecimalPlacesAreCountedInTheText() {
        XCTAssertEqual(YAMLNumber.decimalPlaces("375.000"), 3, "the value 375 has none")
        XCTAssertEqual(YAMLNumber.decimalPlaces("342181137.68"), 2)
        XCTAssertEqual(YAMLNumber.decimalPlaces("1.2_5"), 2, "'_' is no digit")
        XCTAssertEqual(YAMLNumber.decimalPlaces("1_814_088_000"), 0)
    }

    func testJunkIsRefused() {
        for text in ["12abc", "abc", "", "1e5", "0x1F", "1__0", "_1", "1_", ".5", "5.", "1.2.3", "+5", "--5", "1,5", " 5", "inf", ".nan"] {
            XCTAssertNil(YAMLNumber.decimal(text), "'\(text)'")
        }
        for text in ["-1", "1.5", "2020a", "9999999999"] {
            XCTAssertNil(YAMLNumber.integer(text), "'\(text)'")
        }
    }

    /// The reading on UTF-8 views replaced one through arrays and `Int(String)`; both agree on
    /// random texts near the grammar's edges.
    func testAgreesWithTheArrayBasedReading() {
        let alphabet = Array("0123456789_.-+ ae9".utf8)
        var generator = SplitMix64(seed: 6)
        for round in 0..<50_000 {
            let length = round % 10 == 0 ? Int.random(in: 15...36, using: &generator) : Int.random(in: 0...8, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? UInt8(ascii: "0") }
            let text = String(decoding: bytes, as: UTF8.self)
            XCTAssertEqual(YAMLNumber.decimal(text), ArrayBasedYAMLNumber.decimal(text), text)
            XCTAssertEqual(YAMLNumber.integer(text), ArrayBasedYAMLNumber.integer(text), text)
        }
    }
}

/// `YAMLNumber` as it was before it read UTF-8 views in place: the reference for the test above.
private enum ArrayBasedYAMLNumber {
    static func decimal(_ text: String) -> Decimal? {
        var bytes = Array(text.utf8)[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              let integerDigits = digits(parts[0]),
              let fractionDigits = parts.count == 2 ? digits(parts[1]) : []
        else { return nil }
        return ExactDecimal.make(negative: negative, integerDigits: integerDigits, fractionDigits: fractionDigits)
    }

    static func integer(_ text: String) -> Int? {
        guard let digits = digits(Array(text.utf8)[...]), digits.count <= 9 else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        guard let first = bytes.first, let last = bytes.last, first.isDigit, last.isDigit else { return nil }
        var result: [UInt8] = []
        var previousWasUnderscore = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                if previousWasUnderscore { return nil }
                previousWasUnderscore = true
            } else if byte.isDigit {
                result.append(byte)
                previousWasUnderscore = false
            } else {
                return nil
            }
        }
        return result
    }
}

private extension UInt8 {
    var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
