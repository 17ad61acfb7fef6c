import RenjaCompute
import RenjaModel

/// An indicator and a target as the pair of cells that print them: the plan's own for a year,
/// or another party's (T-C.31 right side, T-C.32) with its own wording if it has one. Cells,
/// not texts: a table that prints the same pair again places copies, which share their content
/// (`PlannedCells`).
struct IndikatorTargetCells {
    let uraian: Cell
    let target: Cell

    /// The plan's indicator with its target for `tahun`.
    init(indikator: Indikator, tahun: Int, formatter: RenjaFormatter) {
        uraian = .prose(indikator.uraian)
        target = Self.target(of: indikator, tahun: tahun, formatter: formatter)
    }

    /// The cell of the plan's target of `indikator` for `tahun`, in its unit: for a table
    /// that prints targets without their indicator's wording beside them.
    static func target(of indikator: Indikator, tahun: Int, formatter: RenjaFormatter) -> Cell {
        .figure(formatter.quantity(indikator.target[tahun], unit: indikator.satuan))
    }

    /// Another party's target, worded as that party words it, else as the indicator is.
    init(target: IndikatorTarget, kegiatan: Kegiatan?, formatter: RenjaFormatter) {
        let indikator = kegiatan?.indikator.first { $0.kode == target.indikator }
        uraian = .prose(target.uraian ?? indikator?.uraian ?? target.indikator)
        self.target = .figure(formatter.quantity(target.target, unit: indikator?.satuan ?? ""))
    }
}
