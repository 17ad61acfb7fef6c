import RenjaModel

/// What changed between two versions of one Renja: pagu per programme and kegiatan with
/// totals, realisation figures, and every other change as text. Only changed rows are kept.
public struct Comparison: Equatable, Sendable {
    /// How the versions are named in the report, e.g. `versi 1 (rancangan)`.
    public var older: String
    public var newer: String
    /// Year n of the newer version.
    public var tahun: Int
    public var pagu: [PaguComparisonRow]
    /// The totals over the planned kegiatan, always present.
    public var totalN: AmountChange
    public var totalNPlus1: AmountChange
    /// Changed CSV rows, then one total row per period that changed.
    public var realisasi: [RealisasiComparisonRow]
    public var changes: [TextChange]

    public init(
        older: String, newer: String, tahun: Int, pagu: [PaguComparisonRow], totalN: AmountChange, totalNPlus1: AmountChange,
        realisasi: [RealisasiComparisonRow], changes: [TextChange]
    ) {
        self.older = older
        self.newer = newer
        self.tahun = tahun
        self.pagu = pagu
        self.totalN = totalN
        self.totalNPlus1 = totalNPlus1
        self.realisasi = realisasi
        self.changes = changes
    }

    /// The pagu amounts the comparison shows, before and after, totals included: whether any
    /// has sen decides how the pagu table prints them all (`RenjaFormatter.showingSen(in:)`).
    var paguAmounts: [Money?] {
        (pagu.flatMap { [$0.n, $0.nPlus1] } + [totalN, totalNPlus1]).flatMap { [$0.before, $0.after] }
    }

    /// The realisation amounts, before and after, for the realisation table likewise.
    var realisasiAmounts: [Money?] {
        realisasi.flatMap { [$0.rp.before, $0.rp.after] }
    }

    /// Whether the versions plan the same (their outputs may still differ in layout).
    public var isEmpty: Bool { pagu.isEmpty && realisasi.isEmpty && changes.isEmpty }
}
