import Foundation

/// Reads the numbers of the plan spec exactly, from the scalar's text: `342181137.68`,
/// `-5`, `1_814_088_000`. Never through `Double` (Yams would give `1234567.8899999997952`)
/// and never with trailing junk (`12abc`), exponents or YAML's octal and hex forms.
enum YAMLNumber {
    /// The exact value, or `nil` when `text` is not a plain decimal number.
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

    /// A non-negative whole number such as a year or a column number.
    static func integer(_ text: String) -> Int? {
        guard let digits = digits(Array(text.utf8)[...]), digits.count <= 9 else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The digits of `1_814_088_000`: `_` only between digits.
    private static func digits(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        guard let first = bytes.first, let last = bytes.last, isDigit(first), isDigit(last) else { return nil }
        var result: [UInt8] = []
        var previousWasUnderscore = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                if previousWasUnderscore { return nil }
                previousWasUnderscore = true
            } else if isDigit(byte) {
                result.append(byte)
                previousWasUnderscore = false
            } else {
                return nil
            }
        }
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
