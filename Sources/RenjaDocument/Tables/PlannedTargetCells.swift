import RenjaCompute
import RenjaModel

/// The indicator and year-n target cells of every planned programme and kegiatan, made once
/// for the two tables that print them: T-C.31 on its draft side (and on its analysis side
/// wherever the analysis keeps the plan's indicator) and T-C.33. Each table placed cells of its
/// own before: the same text made, allocated and freed up to three times.
struct PlannedTargetCells {
    /// Per planned programme, in the order of `planned`: its own indicators' cells.
    let program: [[IndikatorTargetCells]]
    /// Per planned programme, then per planned kegiatan, in the same orders: its indicators' cells.
    let kegiatan: [[[IndikatorTargetCells]]]

    init(planned: [PlannedProgram], tahun: Int, formatter: RenjaFormatter) {
        let cells = { (indikator: [Indikator]) in
            indikator.map { IndikatorTargetCells(indikator: $0, tahun: tahun, formatter: formatter) }
        }
        program = planned.map { cells($0.program.indikator) }
        kegiatan = planned.map { $0.kegiatan.map { cells($0.kegiatan.indikator) } }
    }
}
