import Foundation

/// Builds a `Decimal` from digits that a parser has already validated, so that no floating
/// point value is ever involved and no trailing junk can slip through `Decimal(string:)`.
enum ExactDecimal {
    /// More significant digits than this would be rounded silently by `Decimal` (38 digits of
    /// mantissa); no rupiah amount or indicator value comes close.
    static let maximumDigits = 30
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The number whose digits `integerDigits` and `fractionDigits` hold, as ASCII digits and
    /// separators (any other byte: a thousands separator, YAML's `_`), which are skipped; the
    /// parsers have checked where separators stand. Any collection: the parsers hand over
    /// their text in place, separators included, rather than copying the digits into arrays
    /// (two allocations per number) or filtering them lazily (a closure call per digit).
    static func make(negative: Bool, integerDigits: some Collection<UInt8>, fractionDigits: some Collection<UInt8>) -> Decimal? {
        // One pass counts the digits and reads the first 18 (a UInt64 significand: exact, and
        // much faster than parsing text): counting the parsers' digits first walked every
        // number twice.
        var significand: UInt64 = 0
        var digitCount = 0
        var fractionCount = 0
        for digit in integerDigits where digit.isASCIIDigit {
            if digitCount < 18 { significand = significand * 10 + UInt64(digit - UInt8(ascii: "0")) }
            digitCount += 1
        }
        for digit in fractionDigits where digit.isASCIIDigit {
            if digitCount < 18 { significand = significand * 10 + UInt64(digit - UInt8(ascii: "0")) }
            digitCount += 1
            fractionCount += 1
        }
        guard digitCount <= maximumDigits else { return nil }
        if digitCount <= 18 {
            return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -fractionCount,
                           significand: Decimal(significand))
        }
        var canonical = negative ? "-" : ""
        canonical += digitCount == fractionCount ? "0" : String(decoding: integerDigits.filter(\.isASCIIDigit), as: UTF8.self)
        if fractionCount > 0 {
            canonical += "." + String(decoding: fractionDigits.filter(\.isASCIIDigit), as: UTF8.self)
        }
        // The POSIX locale pins the decimal separator to "."; the text is known to be clean.
        return Decimal(string: canonical, locale: posix)
    }
}
