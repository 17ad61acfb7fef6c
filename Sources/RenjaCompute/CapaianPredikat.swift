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

    /// The band of an achievement percentage (`78.29` for 78,29%).
    public init(persen: Decimal) {
        let shown = persen.rounded(decimals: 2)
        switch shown {
        case 91...: self = .sangatTinggi
        case 76...: self = .tinggi
        case 66...: self = .sedang
        case 51...: self = .rendah
        default: self = .sangatRendah
        }
    }

    /// The label as printed, e.g. `Sangat Tinggi`.
    public var label: String { rawValue }
}
