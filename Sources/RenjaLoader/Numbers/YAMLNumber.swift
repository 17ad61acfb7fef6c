import Foundation
import RenjaModel

/// Reads the numbers of the plan spec exactly, from the scalar's text: `342181137.68`,
/// `-5`, `1_814_088_000`. Never through `Double` (Yams would give `1234567.8899999997952`)
/// and never with trailing junk (`12abc`), exponents or YAML's octal and hex forms.
enum YAMLNumber {
    /// The exact value, or `nil` when `text` is not a plain decimal number.
    static func decimal(_ text: String) -> Decimal? {
        // On the UTF-8 buffer: iterating a `Substring.UTF8View` byte by byte cost more than
        // building the value.
        var text = text
        return text.withUTF8 { utf8 in
            var bytes = utf8[...]
            let negative = bytes.first == UInt8(ascii: "-")
            if negative { bytes = bytes.dropFirst() }
            // A second "." falls in the fraction, where `isDigits` refuses it.
            let point = bytes.firstIndex(of: UInt8(ascii: "."))
            let integerPart = bytes[..<(point ?? bytes.endIndex)]
            let fractionPart = point.map { bytes[($0 + 1)...] } ?? bytes[bytes.endIndex...]
            guard isDigits(integerPart), point == nil || isDigits(fractionPart) else { return nil }
            return ExactDecimal.make(negative: negative, integerDigits: integerPart, fractionDigits: fractionPart)
        }
    }

    /// How many digits `text`, a number `decimal(_:)` accepts, has after its decimal point
    /// (`_` not counted): `375.000` has three although its value, 375, has none.
    static func decimalPlaces(_ text: String) -> Int {
        // One pass over the bytes: every money value of the spec is checked.
        var places = 0
        var isAfterPoint = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                isAfterPoint = true
            } else if isAfterPoint, byte.isASCIIDigit {
                places += 1
            }
        }
        return places
    }

    /// A non-negative whole number such as a year or a column number, of at most nine digits
    /// (`_` between them not counted).
    static func integer(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { utf8 in
            // Without `_` (years never have one) the text must be digits alone, which
            // `WholeNumber` checks; only with `_` are they checked here and copied out
            // (counting a lazily filtered view walked it twice through the filter).
            guard utf8.contains(UInt8(ascii: "_")) else { return WholeNumber.value(ofDigits: utf8) }
            guard isDigits(utf8[...]) else { return nil }
            return WholeNumber.value(ofDigits: utf8.filter { $0 != UInt8(ascii: "_") })
        }
    }

    /// Whether `bytes` are digits as in `1_814_088_000`: `_` only between digits.
    private static func isDigits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first.isASCIIDigit, last.isASCIIDigit else { return false }
        var previousWasUnderscore = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                if previousWasUnderscore { return false }
                previousWasUnderscore = true
            } else if byte.isASCIIDigit {
                previousWasUnderscore = false
            } else {
                return false
            }
        }
        return true
    }
}
