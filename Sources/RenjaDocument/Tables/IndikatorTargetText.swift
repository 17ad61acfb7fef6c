import RenjaCompute
import RenjaModel

/// How another party's target for a kegiatan indicator prints (T-C.31 right side, T-C.32):
/// its own wording if it has one, else the indicator's; the target in the indicator's unit.
struct IndikatorTargetText {
    let uraian: String
    let target: String

    init(target: IndikatorTarget, kegiatan: Kegiatan?, formatter: RenjaFormatter) {
        let indikator = kegiatan?.indikator.first { $0.kode == target.indikator }
        self.uraian = target.uraian ?? indikator?.uraian ?? target.indikator
        self.target = formatter.quantity(target.target, unit: indikator?.satuan ?? "")
    }
}
