import Foundation

/// Digits of a `Decimal` written with Indonesian separators, built on the value's own plain
/// digit string (`Decimal.description`: no exponent, `.` for the point on every platform),
/// so that output never depends on the platform's locale data.
enum DecimalText {
    /// `value` rounded half up to `decimals` places and written `1.814.088.000,50`; with
    /// `fixed` the fraction is padded to exactly `decimals` digits, otherwise trailing zeros
    /// are dropped (`87`, `99,5`).
    static func indonesian(_ value: Decimal, decimals: Int, fixed: Bool) -> String {
        let rounded = value.rounded(decimals: decimals)
        let parts = PlainDigits(rounded)
        var fraction = parts.fraction
        if fixed, fraction.count < decimals {
            fraction += String(repeating: "0", count: decimals - fraction.count)
        }
        let sign = parts.isNegative ? "-" : ""
        let whole = groupedThousands(parts.whole)
        return fraction.isEmpty ? sign + whole : sign + whole + "," + fraction
    }

    /// `1814088000` as `1.814.088.000`.
    static func groupedThousands(_ digits: String) -> String {
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
        }
        return groups.reversed().joined(separator: ".")
    }
}
