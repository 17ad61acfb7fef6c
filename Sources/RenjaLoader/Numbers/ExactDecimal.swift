import Foundation

/// Builds a `Decimal` from digits that a parser has already validated, so that no floating
/// point value is ever involved and no trailing junk can slip through `Decimal(string:)`.
enum ExactDecimal {
    /// More significant digits than this would be rounded silently by `Decimal` (38 digits of
    /// mantissa); no rupiah amount or indicator value comes close.
    static let maximumDigits = 30
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `integerDigits` and `fractionDigits` must hold ASCII digits only.
    static func make(negative: Bool, integerDigits: [UInt8], fractionDigits: [UInt8]) -> Decimal? {
        guard integerDigits.count + fractionDigits.count <= maximumDigits else { return nil }
        // Up to 18 digits fit a UInt64 significand: exact, and much faster than parsing text.
        if integerDigits.count + fractionDigits.count <= 18 {
            var significand: UInt64 = 0
            func append(_ digits: [UInt8]) {
                for digit in digits { significand = significand * 10 + UInt64(digit - UInt8(ascii: "0")) }
            }
            append(integerDigits)
            append(fractionDigits)
            return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -fractionDigits.count,
                           significand: Decimal(significand))
        }
        var canonical = negative ? "-" : ""
        canonical += String(decoding: integerDigits.isEmpty ? [UInt8(ascii: "0")] : integerDigits, as: UTF8.self)
        if !fractionDigits.isEmpty {
            canonical += "." + String(decoding: fractionDigits, as: UTF8.self)
        }
        // The POSIX locale pins the decimal separator to "."; the text is known to be clean.
        return Decimal(string: canonical, locale: posix)
    }
}
