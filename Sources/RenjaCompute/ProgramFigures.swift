import RenjaModel

/// The derived figures of one programme: its pagu is the sum of its kegiatan.
public struct ProgramFigures: Equatable, Sendable {
    public var kode: String
    /// The sums over all of the programme's kegiatan.
    public var pagu: PaguRollup
    /// Whether any kegiatan is planned in n or n+1, or a programme indicator has a target there.
    public var direncanakan: Bool
    public var kegiatan: [KegiatanFigures]

    public init(kode: String, pagu: PaguRollup, direncanakan: Bool, kegiatan: [KegiatanFigures]) {
        self.kode = kode
        self.pagu = pagu
        self.direncanakan = direncanakan
        self.kegiatan = kegiatan
    }

    /// The kegiatan planned in n or n+1, in the plan's order.
    public var kegiatanDirencanakan: [KegiatanFigures] { kegiatan.filter(\.direncanakan) }
}
