import Foundation
import RenjaCompute
import RenjaModel
import RenjaSynthetic
import XCTest

/// Formatting then parsing gives the value back, in both money styles; parsed with strict
/// patterns so that a stray separator fails the test instead of being skipped.
final class FormatterPropertyTests: XCTestCase {
    private let puebi = RenjaFormatter(moneyStyle: .puebi)
    private let kantor = RenjaFormatter(moneyStyle: .kantor)

    /// A random amount with up to 15 whole digits and 0-2 decimals.
    private func randomAmount(_ generator: inout SplitMix64) -> Decimal {
        let mantissa = Decimal(UInt64.random(in: 0...99_999_999_999_999_999, using: &generator))
        let scale = [1, 10, 100][Int.random(in: 0...2, using: &generator)]
        let negative = Bool.random(using: &generator)
        return (negative ? -mantissa : mantissa) / Decimal(scale)
    }

    /// `-1.234.567,89` back to a decimal, or `nil` when it is not exactly in that form.
    private func parseNumber(_ text: String) -> Decimal? {
        guard text.wholeMatch(of: /-?\d{1,3}(\.\d{3})*(,\d+)?/) != nil else { return nil }
        let plain = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `Rp1.234,56` (PUEBI) or `Rp.1.234,56` / `Rp.1.234,-` (kantor), with an optional sign.
    private func parseMoney(_ text: String, style: Settings.MoneyStyle) -> Decimal? {
        let match: (sign: Substring?, digits: Substring, sen: Substring)?
        switch style {
        case .puebi:
            match = text.wholeMatch(of: /(-)?Rp(\d{1,3}(?:\.\d{3})*),(\d{2})/).map { ($0.1, $0.2, $0.3) }
        case .kantor:
            match = text.wholeMatch(of: /(-)?Rp\.(\d{1,3}(?:\.\d{3})*),(\d{2}|-)/).map { ($0.1, $0.2, $0.3) }
        }
        guard let match else { return nil }
        let sen = match.sen == "-" ? "00" : String(match.sen)
        guard let value = parseNumber(String(match.digits) + "," + sen) else { return nil }
        return match.sign == nil ? value : -value
    }

    func testNumbersSurviveFormattingAndParsing() {
        var generator = SplitMix64(seed: 2020)
        for _ in 0..<2_000 {
            let value = randomAmount(&generator)
            XCTAssertEqual(parseNumber(puebi.number(value, decimals: 2)), value, "\(value)")
        }
    }

    func testMoneySurvivesFormattingAndParsingInBothStyles() {
        var generator = SplitMix64(seed: 2021)
        for _ in 0..<2_000 {
            let value = randomAmount(&generator)
            XCTAssertEqual(parseMoney(puebi.money(Money(value)), style: .puebi), value, "\(value)")
            XCTAssertEqual(parseMoney(kantor.money(Money(value)), style: .kantor), value, "\(value)")
        }
    }

    func testMoneyCellsParseToTheRoundedValue() {
        var generator = SplitMix64(seed: 2022)
        for _ in 0..<1_000 {
            let value = randomAmount(&generator).magnitude
            var exact = value
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 0, .plain)
            XCTAssertEqual(parseNumber(puebi.moneyCell(Money(value))), rounded, "\(value)")
        }
    }
}
