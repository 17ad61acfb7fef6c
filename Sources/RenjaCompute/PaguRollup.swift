import RenjaModel

/// The pagu of one kegiatan, or the sum over the kegiatan of a programme or of the whole plan.
/// `nil` means no kegiatan in the sum has a figure for that year ("-").
public struct PaguRollup: Equatable, Sendable {
    /// Pagu of year n-1 (T-C.29 column 7 Rp).
    public var nMinus1: Money?
    /// Pagu indikatif of year n (T-C.31 rancangan, T-C.33, BAB IV).
    public var n: Money?
    /// Prakiraan maju, year n+1 (T-C.33).
    public var nPlus1: Money?
    /// T-C.31 hasil analisis kebutuhan: the analysis's pagu, or the plan's pagu n when absent.
    public var analisisKebutuhan: Money?
    /// The Renstra budget for the whole period (T-C.29 column 5 Rp).
    public var renstra: Money?

    public init(nMinus1: Money? = nil, n: Money? = nil, nPlus1: Money? = nil, analisisKebutuhan: Money? = nil, renstra: Money? = nil) {
        self.nMinus1 = nMinus1
        self.n = n
        self.nPlus1 = nPlus1
        self.analisisKebutuhan = analisisKebutuhan
        self.renstra = renstra
    }

    /// The part-wise sum; a year stays `nil` only when it is `nil` in every part.
    public static func sum<Parts: Sequence>(_ parts: Parts) -> PaguRollup where Parts.Element == PaguRollup {
        let parts = Array(parts)
        return PaguRollup(
            nMinus1: parts.map(\.nMinus1).sumOfPresent(),
            n: parts.map(\.n).sumOfPresent(),
            nPlus1: parts.map(\.nPlus1).sumOfPresent(),
            analisisKebutuhan: parts.map(\.analisisKebutuhan).sumOfPresent(),
            renstra: parts.map(\.renstra).sumOfPresent()
        )
    }
}
