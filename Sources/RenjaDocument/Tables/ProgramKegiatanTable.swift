import RenjaCompute
import RenjaModel

/// BAB IV 4.1: the main programmes of year n and their kegiatan, one row per kegiatan with
/// the programme's number and name spanning them (prints better than a list inside a cell).
struct ProgramKegiatanTable {
    static let id = "tabel-program-kegiatan"

    let plan: Plan
    /// The names of the planned programmes and kegiatan, made once for every table that prints them.
    let plannedCells: PlannedCells

    func make() -> Table {
        let body = plannedCells.groups.indices.flatMap { index in
            plannedCells.groups[index].kegiatan.map { Row(cells: [$0.nama]) }
                .spanned(by: [.centered(String(index + 1)), plannedCells.groups[index].program.nama], emptyWidth: 1)
        }
        return Table(
            id: Self.id,
            caption: ["Program Utama dan Kegiatan", "\(plan.opd.nama) \(plan.opd.namaDaerah) Tahun \(plan.tahun)"],
            columnWidths: [5, 45, 50],
            header: [Row(cells: [.heading("No"), .heading("Program"), .heading("Kegiatan")])],
            body: body
        )
    }
}
