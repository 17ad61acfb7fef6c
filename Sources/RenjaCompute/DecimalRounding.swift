import Foundation

extension Decimal {
    /// Rounded half up (away from zero) to `decimals` places: the one rounding rule of renja.
    func rounded(decimals: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, decimals, .plain)
        return result
    }
}
