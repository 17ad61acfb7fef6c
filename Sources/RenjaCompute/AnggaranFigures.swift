import RenjaModel

/// BAB IV 4.3: the budget of year n.
public struct AnggaranFigures: Equatable, Sendable {
    /// The sum of the pagu of year n of every kegiatan (kegiatan rows only, never programme rows).
    public var belanjaLangsung: Money
    /// As the plan states it; no kegiatan carries it.
    public var belanjaTidakLangsung: Money?
    /// Belanja langsung + belanja tidak langsung (a missing BTL counts as zero).
    public var total: Money

    public init(belanjaLangsung: Money, belanjaTidakLangsung: Money?) {
        self.belanjaLangsung = belanjaLangsung
        self.belanjaTidakLangsung = belanjaTidakLangsung
        self.total = belanjaLangsung + (belanjaTidakLangsung ?? .zero)
    }
}
