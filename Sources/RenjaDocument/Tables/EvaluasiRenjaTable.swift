import RenjaCompute
import RenjaModel

/// T-C.29 in the seed's quarterly layout: per programme (a group row) and kegiatan, the K
/// (kinerja) and Rp (budget) halves of columns 5-14 as `RenjaCompute` evaluated them. A row
/// with several indicators spans several table rows: one K cell per indicator, one Rp cell.
///
/// The achievement band (`CapaianPredikat`) is not printed: the Permendagri form has no column
/// for it, and the band legend belongs to the surrounding text.
struct EvaluasiRenjaTable {
    static let id = "tc-29"

    /// The formula columns as `RenjaCompute` computes them (`EvaluasiCells`): 13 is the
    /// realisation up to n-2 (6) plus that of n-1 (12), 14 is 13 over the Renstra target (5).
    /// The seed printed "13 = 7+12" and "14 = 13/6" over figures that follow these.
    static let formulaColumns = [13: "13 = 6 + 12", 14: "14 = 13/5 x 100%"]
    /// The columns whose Rp half is money (14's is a percentage).
    static let moneyColumns = 5...13

    let plan: Plan
    let figures: Figures
    let formatter: RenjaFormatter

    func make() -> Table {
        let years = figures.years
        return Table(
            id: Self.id,
            number: "T-C.29",
            caption: Self.caption(plan: plan, years: years),
            columnWidths: [3, 7, 12, 12] + Array(repeating: [3, 5], count: 10).flatMap { $0 },
            header: header(years),
            body: figures.evaluasi.flatMap(rows),
            landscape: true
        )
    }

    /// The title lines both layouts print.
    static func caption(plan: Plan, years: Years) -> [String] {
        [
            "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun \(years.nMinus1)",
            plan.opd.namaDaerah,
            plan.opd.nama,
        ]
    }

    private func header(_ years: Years) -> [Row] {
        let bandHeight = 3
        let band = Row(cells: [
            .heading("No", rowSpan: bandHeight),
            .heading("Sasaran", rowSpan: bandHeight),
            .heading("Program/Kegiatan", rowSpan: bandHeight),
            .heading("Indikator Kinerja Program (Outcome)/Kegiatan (Output)", rowSpan: bandHeight),
            .heading("Target Renstra/RPJMD Tahun \(years.renstraAkhir)", columnSpan: 2, rowSpan: 2),
            .heading("Realisasi Capaian Kinerja Renstra s/d Tahun \(years.nMinus2) (n-2)", columnSpan: 2, rowSpan: 2),
            .heading("Target Kinerja dan Anggaran Tahun \(years.nMinus1) (n-1)", columnSpan: 2, rowSpan: 2),
            .heading("Realisasi Kinerja pada Triwulan (\(years.nMinus1))", columnSpan: 8),
            .heading("Realisasi Capaian Kinerja dan Anggaran (\(years.nMinus1))", columnSpan: 2, rowSpan: 2),
            .heading("Realisasi Kinerja dan Anggaran Renstra s/d Tahun \(years.nMinus1)", columnSpan: 2, rowSpan: 2),
            .heading("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)", columnSpan: 2, rowSpan: 2),
        ])
        let quarters = Row(cells: ["I", "II", "III", "IV"].map { .heading($0, columnSpan: 2) })
        let halves = Row(cells: (5...14).flatMap { _ in [Cell.heading("K"), .heading("Rp")] })
        let numbers = Row(
            role: .columnNumbers,
            cells: (1...4).map { .heading(String($0)) }
                + (5...14).map { .heading(Self.formulaColumns[$0] ?? String($0), columnSpan: 2) }
        )
        return [band, quarters, halves, numbers]
    }

    /// The table rows of one programme or kegiatan: one per indicator (at least one), the
    /// spanning cells (number, names, Rp) in the first. Built row by row with `SpannedRowCells`
    /// (the placement rule of `SpannedRowGroup`) rather than through `SpannedRowGroup`'s
    /// columns: this is the document's largest table, and its twenty per-column arrays, each
    /// indicator copied into every column's closure, cost a third of the table's instructions
    /// beside the figures' formatting.
    private func rows(_ row: EvaluasiRow) -> [Row] {
        let indikator = row.indikator
        return SpannedRowCells.rows(
            longestColumn: indikator.count, role: row.jenis == .program ? .group : .normal, capacity: (first: 24, later: 11)
        ) { cells in
            // The indicator is read in place by each cell's expression: taken out of the array
            // (as an Optional, or handed to a closure per cell) it was copied for every cell.
            let unit = formatter.quantityUnit(cells.index < indikator.count ? indikator[cells.index].satuan : "")
            cells.spanning(.centered(String(row.nomor)))
            cells.spanning(.prose(row.kelompokSasaran ?? RenjaFormatter.absent))
            cells.spanning(.prose(row.nama))
            cells.perRow(of: indikator) { .prose(indikator[$0].uraian) }
            for column in Self.moneyColumns {
                cells.perRow(of: indikator) { .figure(formatter.quantity(indikator[$0].cells.column(column), unit: unit)) }
                cells.spanning(.figure(formatter.moneyCell(row.rp.column(column))))
            }
            cells.perRow(of: indikator) { .figure(formatter.percent(indikator[$0].cells.tingkatCapaian)) }
            cells.spanning(.figure(formatter.percent(row.rp.tingkatCapaian)))
        }
    }
}
