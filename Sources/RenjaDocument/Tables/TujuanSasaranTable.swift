import RenjaCompute
import RenjaModel

/// Tabel 3.1: tujuan, their sasaran, the sasaran indicators with their formulas and the
/// targets of year n. A tujuan spans its sasaran's rows, a sasaran its indicators'.
struct TujuanSasaranTable {
    static let id = "tabel-tujuan-sasaran"

    let plan: Plan
    let formatter: RenjaFormatter

    func make() -> Table {
        let body = plan.tujuan.enumerated().flatMap { index, tujuan in
            tujuan.sasaran.flatMap { sasaran in
                SpannedRowGroup(columns: [
                    .spanning(.prose(sasaran.uraian)),
                    .perRow(sasaran.indikator.map { .prose($0.uraian) }),
                    .perRow(sasaran.indikator.map { indikator in
                        indikator.pengukuran.map { Cell([$0.formula.inline(formatter)], alignment: .center) }
                            ?? .centered(RenjaFormatter.absent)
                    }),
                    .perRow(sasaran.indikator.map { IndikatorTargetCells.target(of: $0, tahun: plan.tahun, formatter: formatter) }),
                ]).rows
            }.spanned(by: [.centered(String(index + 1)), .prose(tujuan.uraian)], emptyWidth: 4)
        }
        return Table(
            id: Self.id,
            caption: ["Tujuan dan Sasaran \(plan.opd.nama) \(plan.opd.namaDaerah) Tahun \(plan.tahun)"],
            columnWidths: [4, 16, 20, 20, 30, 10],
            header: [Row(cells: [
                .heading("No"), .heading("Tujuan"), .heading("Sasaran"), .heading("Indikator"),
                .heading("Formula"), .heading("Target Kinerja \(plan.tahun)"),
            ])],
            body: body
        )
    }
}
