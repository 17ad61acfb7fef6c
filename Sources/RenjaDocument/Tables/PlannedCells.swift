import RenjaCompute
import RenjaModel

/// The planned programmes and kegiatan with the cells several tables print for them, made once
/// per fill and placed again (a copy of a `Cell` shares its content): each name (T-C.31, T-C.33,
/// Tabel 4.1 and, for a programme, 4.2) and each indicator with its target of year n (T-C.31
/// on its draft side, and on its analysis side wherever the analysis keeps the plan's
/// indicator; T-C.33; a kegiatan's target in Tabel 4.2). Each table made cells of its own
/// before: the same text made, allocated and freed up to four times. The tables walk these
/// groups, each cell beside what it was made from.
struct PlannedCells {
    /// A planned programme or kegiatan beside its cells.
    struct Item<Planned> {
        let planned: Planned
        let nama: Cell
        /// Its indicators' cells, in the order of its indicators, each with its target of year n.
        let indikatorCells: [IndikatorTargetCells]

        init(_ planned: Planned, nama: String, indikator: [Indikator], tahun: Int, formatter: RenjaFormatter) {
            self.planned = planned
            self.nama = .prose(nama)
            self.indikatorCells = indikator.map { IndikatorTargetCells(indikator: $0, tahun: tahun, formatter: formatter) }
        }
    }

    /// A planned programme and its planned kegiatan, in the plan's order.
    struct Group {
        let program: Item<PlannedProgram>
        let kegiatan: [Item<PlannedProgram.PlannedKegiatan>]
    }

    /// Per planned programme, in the order of `PlannedProgram.all`.
    let groups: [Group]
    /// The year of every target cell (year n): a table that prints targets of its own beside
    /// these reads the year here, so that both halves are of one year.
    let tahun: Int

    /// The cells of `planned`, targets for `tahun` (year n).
    init(planned: [PlannedProgram], tahun: Int, formatter: RenjaFormatter) {
        self.tahun = tahun
        groups = planned.map { program in
            Group(
                program: Item(program, nama: program.program.nama, indikator: program.program.indikator, tahun: tahun, formatter: formatter),
                kegiatan: program.kegiatan.map {
                    Item($0, nama: $0.kegiatan.nama, indikator: $0.kegiatan.indikator, tahun: tahun, formatter: formatter)
                })
        }
    }
}
