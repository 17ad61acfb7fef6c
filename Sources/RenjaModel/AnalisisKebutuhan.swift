/// The needs analysis of one kegiatan against the RKPD draft (T-C.31, columns 7-12).
public struct AnalisisKebutuhan: Equatable, Sendable {
    public var pagu: Money?
    /// Targets that differ from the plan's year-n targets; indicators not listed keep them.
    public var indikator: [IndikatorTarget]
    public var catatan: String?

    public init(pagu: Money?, indikator: [IndikatorTarget], catatan: String?) {
        self.pagu = pagu
        self.indikator = indikator
        self.catatan = catatan
    }
}
