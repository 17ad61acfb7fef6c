import RenjaCompute
import RenjaModel

/// T-C.33: the programmes and kegiatan of year n with their pagu, and the forward estimate for
/// n+1. A programme's pagu is the computed sum of its kegiatan, and the "Jumlah" row sums the
/// kegiatan only, never programme rows too (the seed's BAB IV doubled its total that way).
struct RencanaProgramTable {
    static let id = "tc-33"

    let plan: Plan
    let figures: Figures
    /// The planned programmes and kegiatan with their names and indicator and year-n target
    /// cells, shared with T-C.31.
    let plannedCells: PlannedCells
    let formatter: RenjaFormatter

    func make() -> Table {
        let years = figures.years
        var nomor = 0
        var body: [Row] = []
        let repeated = RepeatedCells(plan: plan)
        for group in plannedCells.groups {
            nomor += 1
            body += programRows(group.program, nomor: nomor, repeated: repeated)
            for index in group.kegiatan.indices {
                nomor += 1
                body += kegiatanRows(group.kegiatan[index], nomor: nomor, repeated: repeated)
            }
        }
        body.append(Row(role: .total, cells: [
            .prose("Jumlah", columnSpan: 5),
            .figure(formatter.moneyCell(figures.total.n)),
            .prose("", columnSpan: 3),
            .figure(formatter.moneyCell(figures.total.nPlus1)),
        ]))
        return Table(
            id: Self.id,
            number: "T-C.33",
            caption: [
                "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun \(years.n) dan Prakiraan Maju Tahun \(years.nPlus1)",
                plan.opd.nama,
                plan.opd.namaDaerah,
            ],
            columnWidths: [3, 20, 20, 8, 8, 10, 6, 9, 8, 10],
            header: [
                Row(cells: [
                    .heading("No", rowSpan: 2),
                    .heading("Program dan Kegiatan", rowSpan: 2),
                    .heading("Indikator Kinerja", rowSpan: 2),
                    .heading("Rencana Tahun \(years.n)", columnSpan: 4),
                    .heading("Catatan Penting", rowSpan: 2),
                    .heading("Prakiraan Maju Rencana Tahun \(years.nPlus1)", columnSpan: 2),
                ]),
                Row(cells: [
                    .heading("Lokasi"), .heading("Target Capaian"), .heading("Pagu Indikatif"), .heading("Sumber Dana"),
                    .heading("Target Capaian Kinerja"), .heading("Pagu Indikatif"),
                ]),
                .columnNumbers(count: 10),
            ],
            body: body,
            landscape: true
        )
    }

    private func programRows(_ program: PlannedCells.Item<PlannedProgram>, nomor: Int, repeated: RepeatedCells) -> [Row] {
        let planned = program.planned
        // A programme's source of funds is that of its kegiatan, each named once.
        let sumberDana = planned.kegiatan.compactMap(\.kegiatan.sumberDana).reduce(into: [String]()) { names, name in
            if !names.contains(name) { names.append(name) }
        }
        return rows(
            role: .group, nomor: nomor, nama: program.nama, indikator: planned.program.indikator, targets: program.indikatorCells,
            lokasi: repeated.opdLokasi, pagu: planned.figures.pagu,
            sumberDana: sumberDana.isEmpty ? RenjaFormatter.absent : sumberDana.joined(separator: ", "),
            catatan: repeated.blankCatatan
        )
    }

    private func kegiatanRows(
        _ item: PlannedCells.Item<PlannedProgram.PlannedKegiatan>, nomor: Int, repeated: RepeatedCells
    ) -> [Row] {
        let kegiatan = item.planned.kegiatan
        return rows(
            role: .normal, nomor: nomor, nama: item.nama, indikator: kegiatan.indikator, targets: item.indikatorCells,
            lokasi: repeated.lokasi(kegiatan.lokasi), pagu: item.planned.figures.pagu,
            sumberDana: kegiatan.sumberDana ?? RenjaFormatter.absent, catatan: repeated.catatan(kegiatan.catatan)
        )
    }

    /// One table row per indicator (at least one), the programme's or kegiatan's own cells
    /// spanning them. Cell by cell (`SpannedRowCells`), not through `SpannedRowGroup`'s
    /// per-column arrays, and each indicator's unit worked out once for its target of n+1
    /// (`targets`, the indicators' cells with their targets of n, are T-C.31's too).
    private func rows(
        role: Row.Role, nomor: Int, nama: Cell, indikator: [Indikator], targets: [IndikatorTargetCells], lokasi: Cell,
        pagu: PaguRollup, sumberDana: String, catatan: Cell
    ) -> [Row] {
        let years = figures.years
        return SpannedRowCells.rows(longestColumn: indikator.count, role: role, capacity: (first: 10, later: 3)) { cells in
            let unit = formatter.quantityUnit(cells.index < indikator.count ? indikator[cells.index].satuan : "")
            cells.spanning(.centered(String(nomor)))
            cells.spanning(nama)
            cells.perRow(of: targets) { targets[$0].uraian }
            cells.spanning(lokasi)
            cells.perRow(of: targets) { targets[$0].target }
            cells.spanning(.figure(formatter.moneyCell(pagu.n)))
            cells.spanning(.centered(sumberDana))
            cells.spanning(catatan)
            cells.perRow(of: indikator) { .figure(formatter.quantity(indikator[$0].target[years.nPlus1], unit: unit)) }
            cells.spanning(.figure(formatter.moneyCell(pagu.nPlus1)))
        }
    }
}
