import Foundation
import RenjaCompute
import RenjaModel

/// T-C.29 in the other common, K-only layout (`Settings.EvaluationLayout.ringkas`): per
/// programme (a group row) and kegiatan, one row per indicator with columns 4-11 as
/// `RenjaCompute` evaluated them (`EvaluasiRingkasCells`).
struct EvaluasiRenjaRingkasTable {
    /// The formula columns as `EvaluasiRingkasCells` computes them.
    static let formulaColumns = [8: "8 = 7/6 x 100%", 10: "10 = 5 + 7 + 9", 11: "11 = 10/4 x 100%"]

    let plan: Plan
    let figures: Figures
    let formatter: RenjaFormatter

    func make() -> Table {
        let years = figures.years
        return Table(
            id: EvaluasiRenjaTable.id,
            number: "T-C.29",
            caption: EvaluasiRenjaTable.caption(plan: plan, years: years),
            columnWidths: [3, 20, 20, 7, 7, 7, 7, 7, 7, 7, 7],
            header: [
                Row(cells: [
                    .heading("No"),
                    .heading("Program/Kegiatan"),
                    .heading("Indikator Kinerja Program (Outcome)/Kegiatan (Output)"),
                    .heading("Target Capaian Kinerja Renstra Perangkat Daerah Tahun \(years.renstraAkhir)"),
                    .heading("Realisasi Target Kinerja s/d Renja Tahun \(years.nMinus2 - 1)"),
                    .heading("Target Kinerja Renja Tahun \(years.nMinus2)"),
                    .heading("Realisasi Target Kinerja Renja Tahun \(years.nMinus2)"),
                    .heading("Tingkat Realisasi (%)"),
                    .heading("Target Kinerja Renja Tahun \(years.nMinus1)"),
                    .heading("Perkiraan Realisasi Capaian Target Renstra s/d Tahun \(years.nMinus1)"),
                    .heading("Capaian Target Renstra s/d Tahun \(years.nMinus1) (%)"),
                ]),
                .columnNumbers((1...11).map { Self.formulaColumns[$0] ?? String($0) }),
            ],
            body: figures.evaluasi.flatMap(rows),
            landscape: true
        )
    }

    private func rows(_ row: EvaluasiRow) -> [Row] {
        let indikator = row.indikator
        func kinerja(_ value: KeyPath<EvaluasiRingkasCells, Decimal?>) -> SpannedRowGroup.Column {
            .perRow(indikator.map { .figure(formatter.quantity($0.ringkas?[keyPath: value] ?? nil, unit: $0.satuan)) })
        }
        func persen(_ value: KeyPath<EvaluasiRingkasCells, Decimal?>) -> SpannedRowGroup.Column {
            .perRow(indikator.map { .figure(formatter.percent($0.ringkas?[keyPath: value] ?? nil)) })
        }
        return SpannedRowGroup(role: row.jenis == .program ? .group : .normal, columns: [
            .spanning(.centered(String(row.nomor))),
            .spanning(.prose(row.nama)),
            .perRow(indikator.map { .prose($0.uraian) }),
            kinerja(\.targetRenstra),
            kinerja(\.realisasiSampaiNMinus3),
            kinerja(\.targetNMinus2),
            kinerja(\.realisasiNMinus2),
            persen(\.tingkatRealisasi),
            kinerja(\.targetNMinus1),
            kinerja(\.perkiraanRealisasi),
            persen(\.capaian),
        ]).rows
    }
}
