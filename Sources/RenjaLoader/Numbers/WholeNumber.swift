import RenjaModel

/// Whole numbers written as one to nine ASCII digits (years, quarters, column numbers): nine
/// digits cannot overflow, and need none of `Int(String)`'s general parsing.
enum WholeNumber {
    private static let maximumDigits = 9

    /// The value of `bytes`, read in one pass; `nil` unless they are one to nine ASCII digits.
    static func value(ofDigits bytes: some Sequence<UInt8>) -> Int? {
        var value = 0
        var digitCount = 0
        for byte in bytes {
            guard byte.isASCIIDigit, digitCount < maximumDigits else { return nil }
            digitCount += 1
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return digitCount == 0 ? nil : value
    }
}
