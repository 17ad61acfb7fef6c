import Foundation

/// Builds a `Decimal` from digits that a parser has already validated, so that no floating
/// point value is ever involved and no trailing junk can slip through `Decimal(string:)`.
enum ExactDecimal {
    /// More significant digits than this would be rounded silently by `Decimal` (38 digits of
    /// mantissa); no rupiah amount or indicator value comes close.
    static let maximumDigits = 30
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The number whose digits `integerDigits` and `fractionDigits` hold, as ASCII digits and
    /// separators. Any collection: the parsers hand over their text in place, separators
    /// included, rather than copying the digits into arrays (two allocations per number) or
    /// filtering them lazily (a closure call per digit).
    ///
    /// The text must have been validated by the caller: every byte that is not an ASCII digit
    /// is skipped, whatever it is (unchecked `1a2` would read as 12). The only such bytes the
    /// callers hand over are separators whose places they have checked: YAML's `_`
    /// (`YAMLNumber`) and a convention's thousands separator, `.` or `,` (`NumberParser`);
    /// debug builds assert it.
    static func make(negative: Bool, integerDigits: some Collection<UInt8>, fractionDigits: some Collection<UInt8>) -> Decimal? {
        assert(integerDigits.allSatisfy(isDigitOrSeparator) && fractionDigits.allSatisfy(isDigitOrSeparator),
               "ExactDecimal.make was handed a byte that is neither a digit nor a separator: unchecked text")
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

    /// An ASCII digit, or one of the separators `make` skips.
    private static func isDigitOrSeparator(_ byte: UInt8) -> Bool {
        byte.isASCIIDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
    }
}
