import RenjaCompute
import RenjaModel

/// An indicator and a target as a pair of cells print them: the plan's own for a year, or
/// another party's (T-C.31 right side, T-C.32) with its own wording if it has one.
struct IndikatorTargetText {
    let uraian: String
    let target: String

    /// The plan's indicator with its target for `tahun`.
    init(indikator: Indikator, tahun: Int, formatter: RenjaFormatter) {
        self.uraian = indikator.uraian
        self.target = formatter.quantity(indikator.target[tahun], unit: indikator.satuan)
    }

    /// Another party's target, worded as that party words it, else as the indicator is.
    init(target: IndikatorTarget, kegiatan: Kegiatan?, formatter: RenjaFormatter) {
        let indikator = kegiatan?.indikator.first { $0.kode == target.indikator }
        self.uraian = target.uraian ?? indikator?.uraian ?? target.indikator
        self.target = formatter.quantity(target.target, unit: indikator?.satuan ?? "")
    }
}
