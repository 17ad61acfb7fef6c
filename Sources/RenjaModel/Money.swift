import Foundation

/// An exact amount of rupiah. Built from integers or strings only: a `Double` literal would
/// already be inexact (`1234567.89` as a double is `1234567.8899999997952`).
public struct Money: Hashable, Sendable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    public var amount: Decimal

    public init(_ amount: Decimal) {
        self.amount = amount
    }

    public init(_ rupiah: Int) {
        self.amount = Decimal(rupiah)
    }

    public static let zero = Money(Decimal.zero)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(lhs.amount + rhs.amount) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(lhs.amount - rhs.amount) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.amount < rhs.amount }

    /// The plain decimal value (`342181137.68`), for dumps and debugging; documents use the formatter.
    public var description: String { "\(amount)" }
}

extension Sequence where Element == Money {
    /// The exact sum; the order of the parts does not matter.
    public func sum() -> Money { reduce(.zero, +) }
}
