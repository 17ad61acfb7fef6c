import Foundation

/// The sign, whole digits and fraction digits of a finite `Decimal`'s plain description
/// (`Decimal.description`: no exponent, no trailing fraction zeros).
struct PlainDigits: Equatable {
    var isNegative: Bool
    /// At least one digit.
    var whole: String
    /// Possibly empty; never ends in `0`.
    var fraction: String

    init(_ value: Decimal) {
        self = Self(fittingUInt64: value) ?? Self(describing: value)
    }

    /// Below 10^18 every scaled value fits an `Int64`, which `NSDecimalNumber` converts exactly.
    /// The bound is checked on the value as a `Double`, whose error is far below the margin
    /// to `Int64.max` (9.2 * 10^18): comparing two `Decimal`s costs 2,700 instructions.
    private static let scaledLimit = 1e18

    /// The digits read from the value as a whole number of its smallest unit (`12,34` as `1234`
    /// hundredths), or `nil` when that number does not fit 18 digits. `Decimal.description`
    /// costs about 11,600 instructions a call in Foundation; this path costs a small fraction
    /// of it and prints the same digits (`PlainDigitsTests` compares the two). `Decimal`'s
    /// mantissa is not public API on Linux, hence the trip through `NSDecimalNumber`.
    init?(fittingUInt64 value: Decimal) {
        guard value.isFinite else { return nil }
        let fractionDigits = max(-value.exponent, 0)
        guard fractionDigits <= 18 else { return nil }
        var source = value.magnitude
        var scaled = Decimal()
        guard NSDecimalMultiplyByPowerOf10(&scaled, &source, Int16(fractionDigits), .plain) == .noError else { return nil }
        let number = NSDecimalNumber(decimal: scaled)
        guard number.doubleValue < Self.scaledLimit else { return nil }
        let units = UInt64(number.int64Value)
        var unitsPerWhole: UInt64 = 1
        for _ in 0..<fractionDigits { unitsPerWhole *= 10 }
        let (wholeUnits, fractionUnits) = units.quotientAndRemainder(dividingBy: unitsPerWhole)
        isNegative = value.sign == .minus && units != 0
        whole = String(wholeUnits)
        fraction = Self.fractionText(fractionUnits, digits: fractionDigits)
    }

    /// The digits as `Decimal.description` writes them: the exact path for any finite value.
    init(describing value: Decimal) {
        var text = value.description
        isNegative = text.hasPrefix("-")
        if isNegative { text.removeFirst() }
        let halves = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = halves.first.map(String.init) ?? ""
        self.whole = whole.isEmpty ? "0" : whole
        fraction = halves.count > 1 ? String(halves[1]) : ""
        // A value that rounds to zero must not print as "-0".
        if isNegative, self.whole.allSatisfy({ $0 == "0" }), fraction.allSatisfy({ $0 == "0" }) {
            isNegative = false
        }
    }

    /// `units` written with exactly `digits` digits (leading zeros kept), then its trailing
    /// zeros dropped as `Decimal.description` drops them: 50 hundredths is `5`.
    private static func fractionText(_ units: UInt64, digits: Int) -> String {
        guard units != 0 else { return "" }
        var significant = units
        var length = digits
        while significant % 10 == 0 {
            significant /= 10
            length -= 1
        }
        let text = String(significant)
        return String(repeating: "0", count: length - text.utf8.count) + text
    }
}
