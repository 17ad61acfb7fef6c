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
        self = Self(exactUnits: value) ?? Self(describing: value)
    }

    /// The digits of `value` rounded half up (away from zero) to `decimals` places, as
    /// `PlainDigits(value.rounded(decimals:))` gives them; a value that fits `ExactUnits` is
    /// rounded as a whole number.
    init(_ value: Decimal, roundedTo decimals: Int) {
        if let exact = ExactUnits(value, roundedTo: decimals) {
            self.init(exact)
        } else {
            self.init(value.rounded(decimals: decimals))
        }
    }

    /// The digits read from the value as a whole number of its smallest unit (`12,34` as `1234`
    /// hundredths, `ExactUnits`), or `nil` when that number does not fit. `Decimal.description`
    /// costs about 29,000 instructions a call in Foundation; this path costs a small fraction
    /// of it and prints the same digits (`PlainDigitsTests` compares the two).
    init?(exactUnits value: Decimal) {
        guard let exact = ExactUnits(value, scale: ExactUnits.fractionDigits(of: value)) else { return nil }
        self.init(exact)
    }

    private init(_ exact: ExactUnits) {
        let (wholeUnits, fractionUnits) = exact.units.magnitude.quotientAndRemainder(dividingBy: ExactUnits.powerOfTen(exact.scale))
        isNegative = exact.units < 0
        whole = String(wholeUnits)
        fraction = Self.fractionText(fractionUnits, digits: exact.scale)
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
