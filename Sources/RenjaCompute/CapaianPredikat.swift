import Foundation

/// The achievement band printed beside a T-C.29 achievement percentage.
///
/// The published bands are >= 91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah and
/// <= 50 Sangat Rendah. They leave gaps (90,5 is in none of them); a value in a gap belongs to
/// the lower band, because it has not reached the higher band's threshold. The band is taken
/// from the percentage rounded to two decimals, the figure the reader sees.
public enum CapaianPredikat: String, CaseIterable, Equatable, Sendable {
    case sangatTinggi = "Sangat Tinggi"
    case tinggi = "Tinggi"
    case sedang = "Sedang"
    case rendah = "Rendah"
    case sangatRendah = "Sangat Rendah"

    /// The lowest percentage of each band but the lowest, in hundredths of a percent.
    private static let thresholds: [(hundredths: Int64, band: CapaianPredikat)] = [
        (9100, .sangatTinggi), (7600, .tinggi), (6600, .sedang), (5100, .rendah),
    ]

    /// The band of an achievement percentage (`78.29` for 78,29%).
    public init(persen: Decimal) {
        // Compared as whole hundredths: each `Decimal` comparison costs about 2,700 instructions.
        guard let shown = ExactUnits(persen, roundedTo: 2) else {
            let shown = persen.rounded(decimals: 2)
            self = Self.band { shown >= Decimal($0) / 100 }
            return
        }
        self = Self.band { shown.units >= $0 }
    }

    /// The highest band whose threshold (in hundredths of a percent) the value `reaches`. The
    /// test is handed over, not stored: a closure kept in a variable was allocated on the heap
    /// for every percentage.
    private static func band(reaching reaches: (Int64) -> Bool) -> CapaianPredikat {
        thresholds.first { reaches($0.hundredths) }?.band ?? .sangatRendah
    }

    /// The label as printed, e.g. `Sangat Tinggi`.
    public var label: String { rawValue }
}
