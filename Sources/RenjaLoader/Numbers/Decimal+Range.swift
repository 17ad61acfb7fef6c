import Foundation

extension Decimal {
    /// `self < 0`, without Foundation's comparison for the values that are not: it costs about
    /// 650 instructions (2 400 when the exponents differ), and every amount and percentage is
    /// checked. A value whose sign is plus is zero or above; a minus sign still goes to the
    /// comparison.
    var isBelowZero: Bool { sign == .minus && self < 0 }

    /// Whether the value lies in 0...100, the range of a percentage. (Comparing the
    /// significand with 100 scaled to the value's exponent cost as much as this comparison.)
    var isPercentage: Bool { !isBelowZero && self <= 100 }
}
