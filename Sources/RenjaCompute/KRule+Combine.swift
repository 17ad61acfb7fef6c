import Foundation
import RenjaModel

extension Indikator.KRule {
    /// Combines the K figures of successive periods, oldest first, into one: `jumlah` adds
    /// them, `terakhir` takes the latest, `rata-rata` averages them. Only the periods that
    /// report a figure take part: averaging with a missing value as if it were zero is what
    /// halves the seed's percentages to 50,00%. `nil` when no period reports one.
    public func combine(_ periods: [Decimal?]) -> Decimal? {
        let reported = periods.compactMapReserved { $0 }
        guard let latest = reported.last else { return nil }
        switch self {
        case .jumlah: return reported.exactSum()
        case .terakhir: return latest
        case .rataRata:
            let sum = reported.exactSum()
            return ExactUnits.quotient(sum, dividedBy: reported.count) ?? sum / Decimal(reported.count)
        }
    }
}
