import RenjaModel

/// Whole numbers written as one to nine ASCII digits (years, quarters, column numbers): nine
/// digits cannot overflow, and need none of `Int(String)`'s general parsing.
enum WholeNumber {
    private static let maximumDigits = 9

    /// The value of `bytes`; `nil` unless they are one to nine ASCII digits. Counted first:
    /// then each byte needs one check (rows read two such cells each).
    static func value(ofDigits bytes: some Collection<UInt8>) -> Int? {
        guard (1...maximumDigits).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard byte.isASCIIDigit else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
