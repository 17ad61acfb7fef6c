import RenjaCompute
import RenjaModel

/// The cells several tables print for every planned programme and kegiatan, made once per fill
/// and placed again (a copy of a `Cell` shares its content): each name (T-C.31, T-C.33,
/// Tabel 4.1 and, for a programme, 4.2) and each indicator with its target of year n (T-C.31
/// on its draft side, and on its analysis side wherever the analysis keeps the plan's
/// indicator; T-C.33; a kegiatan's target in Tabel 4.2). Each table made cells of its own
/// before: the same text made, allocated and freed up to four times.
struct PlannedCells {
    /// A planned programme's or kegiatan's cells.
    struct Item {
        let nama: Cell
        /// Its indicators in the plan's order, each with its target of year n.
        let indikator: [IndikatorTargetCells]

        init(nama: String, indikator: [Indikator], tahun: Int, formatter: RenjaFormatter) {
            self.nama = .prose(nama)
            self.indikator = indikator.map { IndikatorTargetCells(indikator: $0, tahun: tahun, formatter: formatter) }
        }
    }

    /// Per planned programme, in the order of `planned`.
    let program: [Item]
    /// Per planned programme, then per planned kegiatan, in the same orders.
    let kegiatan: [[Item]]

    /// The cells of `planned`, targets for `tahun` (year n).
    init(planned: [PlannedProgram], tahun: Int, formatter: RenjaFormatter) {
        program = planned.map { Item(nama: $0.program.nama, indikator: $0.program.indikator, tahun: tahun, formatter: formatter) }
        kegiatan = planned.map { program in
            program.kegiatan.map { Item(nama: $0.kegiatan.nama, indikator: $0.kegiatan.indikator, tahun: tahun, formatter: formatter) }
        }
    }
}
