import Foundation

/// Digits of a `Decimal` written with Indonesian separators, built on the value's own plain
/// digit string (`PlainDigits`: no exponent, `.` for the point on every platform), so that
/// output never depends on the platform's locale data.
enum DecimalText {
    /// `value` rounded half up to `decimals` places and written `1.814.088.000,50`; with
    /// `fixed` the fraction is padded to exactly `decimals` digits, otherwise trailing zeros
    /// are dropped (`87`, `99,5`).
    static func indonesian(_ value: Decimal, decimals: Int, fixed: Bool) -> String {
        let parts = PlainDigits(value, roundedTo: decimals)
        var fraction = parts.fraction
        if fixed, fraction.utf8.count < decimals {
            fraction += String(repeating: "0", count: decimals - fraction.utf8.count)
        }
        let sign = parts.isNegative ? "-" : ""
        let whole = groupedThousands(parts.whole)
        return fraction.isEmpty ? sign + whole : sign + whole + "," + fraction
    }

    /// `1814088000` as `1.814.088.000`. The digits are ASCII, so they are grouped by bytes:
    /// stepping through Characters cost more than the rest of the formatting.
    static func groupedThousands(_ digits: String) -> String {
        let bytes = digits.utf8
        let count = bytes.count
        guard count > 3 else { return digits }
        var grouped: [UInt8] = []
        grouped.reserveCapacity(count + count / 3)
        for (index, byte) in bytes.enumerated() {
            if index > 0, (count - index) % 3 == 0 { grouped.append(UInt8(ascii: ".")) }
            grouped.append(byte)
        }
        return String(decoding: grouped, as: UTF8.self)
    }
}
