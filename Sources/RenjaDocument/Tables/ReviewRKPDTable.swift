import RenjaCompute
import RenjaModel

/// T-C.31: the draft RKPD of year n (left) beside the needs analysis (right). A programme's
/// pagu on either side is the computed sum of its kegiatan; the needs analysis defaults to the
/// plan's values wherever it says nothing. Only kegiatan planned in year n itself are listed.
struct ReviewRKPDTable {
    static let id = "tc-31"

    let plan: Plan
    let figures: Figures
    /// The planned programmes and kegiatan with their names and the draft's indicator and
    /// target cells, shared with T-C.33.
    let plannedCells: PlannedCells
    let formatter: RenjaFormatter

    func make() -> Table {
        let n = figures.years.n
        var nomor = 0
        var body: [Row] = []
        let repeated = RepeatedCells(plan: plan)
        for group in plannedCells.groups {
            // The listed kegiatan by index, each read in place: filtered into an array of their
            // own, they were copied into it and again out of it.
            let kegiatan = group.kegiatan
            let listed = kegiatan.indices.filter { index in
                kegiatan[index].planned.figures.pagu.n != nil
                    || kegiatan[index].planned.kegiatan.indikator.contains { $0.target[n] != nil }
            }
            guard !listed.isEmpty else { continue }
            nomor += 1
            body += programRows(group.program, nomor: nomor, repeated: repeated)
            for index in listed {
                nomor += 1
                body += kegiatanRows(kegiatan[index], nomor: nomor, repeated: repeated)
            }
        }
        body.append(Row(role: .total, cells: [
            .prose("Jumlah", columnSpan: 5),
            .figure(formatter.moneyCell(figures.total.n)),
            .prose("", columnSpan: 4),
            .figure(formatter.moneyCell(figures.total.analisisKebutuhan)),
            .prose(""),
        ]))
        let side = ["Program dan Kegiatan", "Lokasi", "Indikator Kinerja", "Target Capaian", "Pagu Indikatif"]
        return Table(
            id: Self.id,
            number: "T-C.31",
            caption: ["Review terhadap Rancangan Awal RKPD Tahun \(n)", plan.opd.nama, plan.opd.namaDaerah],
            columnWidths: [3, 14, 7, 14, 7, 9, 14, 7, 14, 7, 9, 9],
            header: [
                Row(cells: [
                    .heading("No", rowSpan: 2),
                    .heading("Rancangan Awal RKPD", columnSpan: 5),
                    .heading("Hasil Analisis Kebutuhan", columnSpan: 5),
                    .heading("Catatan Penting", rowSpan: 2),
                ]),
                Row(cells: (side + side).map { .heading($0) }),
                .columnNumbers(count: 12),
            ],
            body: body,
            landscape: true
        )
    }

    /// A programme's rows: the analysis side is the draft's, its cells placed again.
    private func programRows(_ program: PlannedCells.Item<PlannedProgram>, nomor: Int, repeated: RepeatedCells) -> [Row] {
        let pagu = program.planned.figures.pagu
        return rows(
            role: .group, nomor: nomor, nama: program.nama, lokasi: repeated.opdLokasi, rancangan: program.indikatorCells,
            pagu: pagu.n, hasilAnalisis: program.indikatorCells, paguAnalisis: pagu.analisisKebutuhan, catatan: repeated.blankCatatan)
    }

    private func kegiatanRows(
        _ item: PlannedCells.Item<PlannedProgram.PlannedKegiatan>, nomor: Int, repeated: RepeatedCells
    ) -> [Row] {
        let kegiatan = item.planned.kegiatan
        let analisis = kegiatan.analisisKebutuhan
        let rancangan = item.indikatorCells
        let hasilAnalisis = zip(kegiatan.indikator, rancangan).map { indikator, draft in
            // An indicator the analysis does not list keeps the plan's wording and target: the
            // draft's cells, placed again.
            analisis?.indikator.first { $0.indikator == indikator.kode }
                .map { IndikatorTargetCells(target: $0, kegiatan: kegiatan, formatter: formatter) }
                ?? draft
        }
        return rows(
            role: .normal, nomor: nomor, nama: item.nama, lokasi: repeated.lokasi(kegiatan.lokasi),
            rancangan: rancangan, pagu: item.planned.figures.pagu.n, hasilAnalisis: hasilAnalisis,
            paguAnalisis: item.planned.figures.pagu.analisisKebutuhan, catatan: repeated.catatan(analisis?.catatan))
    }

    /// One table row per indicator (at least one): the draft's indicators and targets on the
    /// left, the needs analysis's on the right, the rest spanning. Cell by cell
    /// (`SpannedRowCells`), not through `SpannedRowGroup`'s per-column arrays.
    /// The name and location print on both sides: each is made once and placed twice (a copy
    /// shares its content), a text made, allocated and freed fewer per cell.
    private func rows(
        role: Row.Role, nomor: Int, nama namaCell: Cell, lokasi: Cell, rancangan: [IndikatorTargetCells], pagu: Money?,
        hasilAnalisis: [IndikatorTargetCells], paguAnalisis: Money?, catatan: Cell
    ) -> [Row] {
        return SpannedRowCells.rows(
            longestColumn: max(rancangan.count, hasilAnalisis.count), role: role, capacity: (first: 12, later: 4)
        ) { cells in
            cells.spanning(.centered(String(nomor)))
            cells.spanning(namaCell)
            cells.spanning(lokasi)
            cells.perRow(of: rancangan) { rancangan[$0].uraian }
            cells.perRow(of: rancangan) { rancangan[$0].target }
            cells.spanning(.figure(formatter.moneyCell(pagu)))
            cells.spanning(namaCell)
            cells.spanning(lokasi)
            cells.perRow(of: hasilAnalisis) { hasilAnalisis[$0].uraian }
            cells.perRow(of: hasilAnalisis) { hasilAnalisis[$0].target }
            cells.spanning(.figure(formatter.moneyCell(paguAnalisis)))
            cells.spanning(catatan)
        }
    }
}
