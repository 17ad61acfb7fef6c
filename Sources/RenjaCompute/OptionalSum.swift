import Foundation
import RenjaModel

extension Sequence where Element == Money? {
    /// The sum of the amounts present, or `nil` when none is: a missing figure is "-", not zero,
    /// but a total over figures some of which are missing is the total of those reported.
    func sumOfPresent() -> Money? {
        let present = compactMapReserved { $0?.amount }
        guard !present.isEmpty else { return nil }
        return Money(present.exactSum())
    }
}

extension Sequence where Element == Decimal? {
    /// The sum of the values present, or `nil` when none is.
    func sumOfPresent() -> Decimal? {
        let present = compactMapReserved { $0 }
        return present.isEmpty ? nil : present.exactSum()
    }
}

extension Array where Element == Decimal {
    /// The exact sum: in integer units when every value fits (`ExactUnits`), else by `Decimal`
    /// additions, which give the same value at several times the cost.
    func exactSum() -> Decimal {
        ExactUnits.sum(self) ?? reduce(Decimal.zero, +)
    }
}
