import RenjaModel

/// The derived figures of one kegiatan.
public struct KegiatanFigures: Equatable, Sendable {
    public var kode: String
    public var pagu: PaguRollup
    /// Whether the kegiatan has a pagu or a target in year n or n+1; only these appear in the
    /// tables of years n and n+1 (T-C.31, T-C.33, BAB IV). The others are past-only.
    public var direncanakan: Bool

    public init(kode: String, pagu: PaguRollup, direncanakan: Bool) {
        self.kode = kode
        self.pagu = pagu
        self.direncanakan = direncanakan
    }
}
