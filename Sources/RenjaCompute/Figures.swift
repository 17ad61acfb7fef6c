import RenjaModel

/// Every figure of a Renja that can be computed from its plan, computed once by
/// `computeFigures(_:)`. Values stay exact (`Money`, `Decimal`) and optional ("-"); templates
/// and tables print them through `RenjaFormatter`.
public struct Figures: Equatable, Sendable {
    public var years: Years
    /// One entry per programme of the plan (planned or past-only), in the plan's order.
    public var program: [ProgramFigures]
    /// Grand totals of T-C.31 and T-C.33: sums over the planned kegiatan rows only.
    public var total: PaguRollup
    /// T-C.29 rows: each programme, then its kegiatan, numbered from 1.
    public var evaluasi: [EvaluasiRow]
    public var anggaran: AnggaranFigures
    public var counts: Counts

    public init(
        years: Years, program: [ProgramFigures], total: PaguRollup, evaluasi: [EvaluasiRow],
        anggaran: AnggaranFigures, counts: Counts
    ) {
        self.years = years
        self.program = program
        self.total = total
        self.evaluasi = evaluasi
        self.anggaran = anggaran
        self.counts = counts
    }

    /// The figures of the programme with this code.
    public func program(_ kode: String) -> ProgramFigures? {
        program.first { $0.kode == kode }
    }

    /// The figures of the kegiatan with this code.
    public func kegiatan(_ kode: String) -> KegiatanFigures? {
        program.lazy.flatMap(\.kegiatan).first { $0.kode == kode }
    }

    /// The programmes planned in n or n+1, in the plan's order.
    public var programDirencanakan: [ProgramFigures] { program.filter(\.direncanakan) }
}
