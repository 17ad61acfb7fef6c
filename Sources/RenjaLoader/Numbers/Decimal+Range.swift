import Foundation
import RenjaModel

extension Decimal {
    /// `self < 0`, without Foundation's comparison for the values that are not: it costs about
    /// 650 instructions (2 400 when the exponents differ), and every amount and percentage is
    /// checked. A value whose sign is plus is zero or above; a minus sign still goes to the
    /// comparison.
    var isBelowZero: Bool { sign == .minus && self < 0 }

    /// Whether the value lies in 0...100, the range of a percentage: decided on the mantissa
    /// and exponent (`DecimalStorage`), since Foundation's `self <= 100` costs about 2,200
    /// instructions for every percentage read; a mantissa beyond 64 bits is compared by
    /// Foundation.
    var isPercentage: Bool {
        guard let storage = DecimalStorage(self) else { return !isBelowZero && self <= 100 }
        return storage.mantissa == 0 || (!storage.isNegative && storage.magnitude(isAtMost: 100))
    }
}
