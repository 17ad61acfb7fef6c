import Foundation
import RenjaModel

/// A finite `Decimal` as an exact whole number of `10^-scale` units (`342181137.68` at scale 2
/// is 34,218,113,768 sen), when that number stays below 2^53 (made from a `Decimal`, a sum, a
/// quotient); `rounded(toScale:)` may scale it up to anything an `Int64` holds, which
/// `decimal` still turns back exactly.
///
/// Why: Foundation's `Decimal` operations cost thousands of instructions each on Linux (an
/// addition about 5,700, a comparison 2,700, a division 14,600, rounding a 38-digit quotient
/// 19,000), and the plan's figures (money in sen, K values with a few decimals) fit this
/// range. Sums and percentages take integer arithmetic here and stay exact; a value that does
/// not fit makes the caller take the `Decimal` operation it replaces (`ExactUnitsTests`
/// compares both over many random values).
struct ExactUnits: Equatable {
    /// The value in units of `10^-scale`, with the value's sign.
    var units: Int64
    /// The number of fraction digits a unit stands for, 0-18.
    var scale: Int

    /// 2^53, the bound on the units: a sum of two stays far inside an `Int64`, and the range is
    /// the one this type was made for when a `Double` carried the count (kept, so that which
    /// values take the integer path has not changed).
    private static let limit: UInt64 = 9_007_199_254_740_992

    /// The largest scale taken: 10^18 units still fit an `Int64`.
    private static let maximumScale = 18

    /// The value counted in units of `10^-scale`, or `nil` when it is not finite, has more
    /// fraction digits than `scale`, or counts 2^53 units or more.
    init?(_ value: Decimal, scale: Int) {
        guard (0...Self.maximumScale).contains(scale), let storage = DecimalStorage(value), storage.exponent >= -scale else {
            return nil
        }
        // mantissa x 10^(exponent + scale), each step below 2^53 (so no step can overflow).
        var count = storage.mantissa
        if count != 0 {
            for _ in 0..<(storage.exponent + scale) {
                guard count < Self.limit else { return nil }
                count *= 10
            }
        }
        guard count < Self.limit else { return nil }
        units = storage.isNegative ? -Int64(count) : Int64(count)
        self.scale = scale
    }

    /// The value rounded half up (away from zero) to `decimals` places, in units of
    /// `10^-decimals`, as `NSDecimalRound` with `.plain` rounds it (5,000-19,000 instructions
    /// when it has digits to drop); `nil` when the value does not fit.
    init?(_ value: Decimal, roundedTo decimals: Int) {
        guard let exact = ExactUnits(value, scale: Self.fractionDigits(of: value))?.rounded(toScale: decimals) else { return nil }
        self = exact
    }

    init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// The number of fraction digits `value` is written with (`12.5` has 1, `1e3` has 0).
    static func fractionDigits(of value: Decimal) -> Int {
        max(-value.exponent, 0)
    }

    /// 10^exponent, for exponents 0-18.
    static func powerOfTen(_ exponent: Int) -> UInt64 {
        var power: UInt64 = 1
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// The value in units of `10^-scale` (0-18): rounded half up (away from zero) when that drops
    /// digits, as `NSDecimalRound` with `.plain` rounds; `nil` when more digits do not fit an `Int64`.
    func rounded(toScale newScale: Int) -> ExactUnits? {
        guard (0...Self.maximumScale).contains(newScale) else { return nil }
        if newScale >= scale {
            let (scaled, overflow) = units.multipliedReportingOverflow(by: Int64(Self.powerOfTen(newScale - scale)))
            return overflow ? nil : ExactUnits(units: scaled, scale: newScale)
        }
        let divisor = Self.powerOfTen(scale - newScale)
        let (quotient, remainder) = units.magnitude.quotientAndRemainder(dividingBy: divisor)
        let rounded = Int64(remainder >= divisor - remainder ? quotient + 1 : quotient)
        return ExactUnits(units: units < 0 ? -rounded : rounded, scale: newScale)
    }

    /// The value as a `Decimal`: exact, since every `Int64` and power of ten fits one.
    var decimal: Decimal {
        var whole = Decimal(units)
        var value = Decimal()
        _ = NSDecimalMultiplyByPowerOf10(&value, &whole, Int16(-scale), .plain)
        return value
    }

    /// The exact sum of `values` (zero for none), or `nil` when one of them does not fit or the
    /// sum would leave the range.
    static func sum(_ values: [Decimal]) -> Decimal? {
        let scale = values.reduce(0) { max($0, fractionDigits(of: $1)) }
        var total: Int64 = 0
        for value in values {
            guard let part = ExactUnits(value, scale: scale) else { return nil }
            // Both are below 2^53 in magnitude, so adding them cannot overflow.
            total += part.units
            guard total.magnitude < limit else { return nil }
        }
        return ExactUnits(units: total, scale: scale).decimal
    }

    /// `lhs < rhs`, by whole numbers of units when both fit (a `Decimal` comparison costs about
    /// 2,700 instructions in Foundation).
    static func isLess(_ lhs: Decimal, _ rhs: Decimal) -> Bool {
        let scale = max(fractionDigits(of: lhs), fractionDigits(of: rhs))
        guard let left = ExactUnits(lhs, scale: scale), let right = ExactUnits(rhs, scale: scale) else { return lhs < rhs }
        return left.units < right.units
    }

    /// `value / divisor` when that quotient is a decimal of a few more fraction digits (the
    /// divisor divides 10, 100 or 1000: 1, 2, 4, 5, 8...), exactly as `Decimal` divides it;
    /// `nil` otherwise. An average of two periods is a division by 2: about 26,000 instructions
    /// in Foundation, a multiplication by 5 here.
    static func quotient(_ value: Decimal, dividedBy divisor: Int) -> Decimal? {
        guard divisor > 0, let exact = ExactUnits(value, scale: fractionDigits(of: value)) else { return nil }
        for extraDigits in 0...3 where exact.scale + extraDigits <= maximumScale {
            let power = Int64(powerOfTen(extraDigits))
            guard power % Int64(divisor) == 0 else { continue }
            let (units, overflow) = exact.units.multipliedReportingOverflow(by: power / Int64(divisor))
            return overflow ? nil : ExactUnits(units: units, scale: exact.scale + extraDigits).decimal
        }
        return nil
    }

    /// `part / whole x 100` rounded half up (away from zero) to two decimals, as
    /// `(part / whole * 100).rounded(decimals: 2)` gives it; `nil` when either does not fit or
    /// `whole` is zero. Rounding the exact quotient and rounding `Decimal`'s 38-digit quotient
    /// agree: a quotient of numbers below 2^53 lies at least 1 / (2 x whole) hundredths from
    /// any rounding midpoint it is not on, far beyond the 38th digit.
    static func percentage(_ part: Decimal, of whole: Decimal) -> Decimal? {
        let scale = max(fractionDigits(of: part), fractionDigits(of: whole))
        guard let part = ExactUnits(part, scale: scale), let whole = ExactUnits(whole, scale: scale), whole.units != 0 else {
            return nil
        }
        // Hundredths of a percent: part x 10,000 / whole, with a 128-bit numerator.
        let divisor = whole.units.magnitude
        let numerator = part.units.magnitude.multipliedFullWidth(by: 10_000)
        guard numerator.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(numerator)
        let hundredths = remainder >= divisor - remainder ? quotient + 1 : quotient
        guard hundredths < limit else { return nil }
        let isNegative = (part.units < 0) != (whole.units < 0)
        return ExactUnits(units: isNegative ? -Int64(hundredths) : Int64(hundredths), scale: 2).decimal
    }
}
