import RenjaCompute
import RenjaModel

/// BAB IV 4.1: the main programmes of year n and their kegiatan, one row per kegiatan with
/// the programme's number and name spanning them (prints better than a list inside a cell).
struct ProgramKegiatanTable {
    static let id = "tabel-program-kegiatan"

    let plan: Plan
    /// The planned programmes, worked out once for every table that lists them.
    let planned: [PlannedProgram]

    func make() -> Table {
        let body = planned.enumerated().flatMap { index, planned in
            planned.kegiatan.map { Row(cells: [.prose($0.kegiatan.nama)]) }
                .spanned(by: [.centered(String(index + 1)), .prose(planned.program.nama)], emptyWidth: 1)
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
