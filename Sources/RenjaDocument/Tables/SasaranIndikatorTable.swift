import RenjaCompute
import RenjaModel

/// BAB IV 4.2: per programme of year n, what it achieves and how that is measured: the output
/// indicators of its kegiatan and the outcome indicators of the OPD sasaran it serves, each
/// with its target for year n.
struct SasaranIndikatorTable {
    static let id = "tabel-sasaran-indikator"

    let plan: Plan
    let figures: Figures
    let formatter: RenjaFormatter

    func make() -> Table {
        let body = PlannedProgram.all(plan: plan, figures: figures).enumerated().flatMap { index, planned in
            let program = planned.program
            let output = planned.kegiatan.flatMap(\.kegiatan.indikator)
            let outcome = program.sasaran.flatMap { plan.sasaran(kode: $0) }?.indikator ?? []
            let lines = section("Output", output) + section("Outcome", outcome)
            return SpannedRowGroup(columns: [
                .spanning(.centered(String(index + 1))),
                .spanning(.prose(program.nama)),
                .spanning(.prose(program.sasaranProgram ?? RenjaFormatter.absent)),
                .perRow(lines.map(\.indikator)),
                .perRow(lines.map(\.target)),
            ]).rows
        }
        return Table(
            id: Self.id,
            caption: ["Sasaran dan Indikator Kinerja", "\(plan.opd.nama) \(plan.opd.namaDaerah) Tahun \(plan.tahun)"],
            columnWidths: [4, 24, 24, 36, 12],
            header: [
                Row(cells: [
                    .heading("No"), .heading("Program"), .heading("Sasaran"), .heading("Indikator"),
                    .heading("Target Kinerja"),
                ]),
                .columnNumbers(count: 5),
            ],
            body: body
        )
    }

    /// A heading line ("Output :") and the numbered indicators under it; nothing without indicators.
    private func section(_ heading: String, _ indikator: [Indikator]) -> [(indikator: Cell, target: Cell)] {
        guard !indikator.isEmpty else { return [] }
        let headingLine = (Cell([.strong([.text("\(heading) :")])]), Cell.prose(""))
        return [headingLine] + indikator.enumerated().map { index, indikator in
            (.prose("\(index + 1). \(indikator.uraian)"), .figure(formatter.quantity(indikator.target[plan.tahun], unit: indikator.satuan)))
        }
    }
}
