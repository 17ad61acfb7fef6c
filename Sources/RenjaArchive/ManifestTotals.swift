import Foundation
import RenjaCompute
import RenjaModel

/// The totals `renja history` lists, as exact decimal text (`1234567.89`): JSON numbers would
/// pass through `Double`.
public struct ManifestTotals: Codable, Equatable, Sendable, CustomStringConvertible {
    /// Belanja langsung of year n: the sum of the kegiatan's pagu n.
    public var belanjaLangsung: String
    /// The sum of the kegiatan's pagu n+1 (prakiraan maju); `nil` when none has one.
    public var paguNPlus1: String?

    public init(belanjaLangsung: String, paguNPlus1: String?) {
        self.belanjaLangsung = belanjaLangsung
        self.paguNPlus1 = paguNPlus1
    }

    public init(figures: Figures) {
        self.init(belanjaLangsung: figures.anggaran.belanjaLangsung.description, paguNPlus1: figures.total.nPlus1?.description)
    }

    /// The amounts as recorded, for a message: `belanja langsung 4175000000, pagu n+1 4380000000`.
    public var description: String {
        "belanja langsung \(belanjaLangsung), pagu n+1 \(paguNPlus1 ?? "none")"
    }

    /// The amounts back as money, for formatting.
    public var belanjaLangsungMoney: Money? { Self.money(belanjaLangsung) }
    public var paguNPlus1Money: Money? { paguNPlus1.flatMap(Self.money) }

    private static func money(_ text: String) -> Money? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map(Money.init)
    }
}
