import RenjaCompute
import RenjaModel

/// BAB IV 4.2: per programme of year n, what it achieves and how that is measured: the output
/// indicators of its kegiatan and the outcome indicators of the OPD sasaran it serves, each
/// with its target for year n.
struct SasaranIndikatorTable {
    static let id = "tabel-sasaran-indikator"

    let plan: Plan
    /// The planned programmes, worked out once for every table that lists them.
    let planned: [PlannedProgram]
    /// The programmes' names and their kegiatan's targets of year n (`plan.tahun`, from which
    /// the figures' n is taken), made once for every table that prints them.
    let plannedCells: PlannedCells
    let formatter: RenjaFormatter

    func make() -> Table {
        // The two heading lines, made once and placed for every programme (a copy of a cell
        // shares its content).
        let outputHeading = Self.headingLine("Output")
        let outcomeHeading = Self.headingLine("Outcome")
        let body = planned.indices.flatMap { index in
            let program = planned[index].program
            let output = planned[index].kegiatan.flatMap(\.kegiatan.indikator)
            let outputTargets = plannedCells.kegiatan[index].flatMap { $0.indikator.map(\.target) }
            let outcome = program.sasaran.flatMap { plan.sasaran(kode: $0) }?.indikator ?? []
            var lines: [(indikator: Cell, target: Cell)] = []
            // Each section's indicators, and its heading line ("Output :", "Outcome :").
            lines.reserveCapacity(output.count + outcome.count + 2)
            appendSection(outputHeading, output, targets: { outputTargets[$0] }, to: &lines)
            appendSection(outcomeHeading, outcome, targets: { outcomeTarget(outcome[$0]) }, to: &lines)
            return SpannedRowCells.rows(longestColumn: lines.count, capacity: (first: 5, later: 2)) { cells in
                cells.spanning(.centered(String(index + 1)))
                cells.spanning(plannedCells.program[index].nama)
                cells.spanning(.prose(program.sasaranProgram ?? RenjaFormatter.absent))
                cells.perRow(of: lines) { lines[$0].indikator }
                cells.perRow(of: lines) { lines[$0].target }
            }
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

    /// A section's heading line: "Output :" in strong text, and a blank target.
    private static func headingLine(_ heading: String) -> (indikator: Cell, target: Cell) {
        (Cell([.strong([.text("\(heading) :")])]), Cell.prose(""))
    }

    /// A heading line and the numbered indicators under it, their target cells by index from
    /// `targets`, added to `lines`; nothing without indicators. Appended in place, each
    /// indicator read where it is: the lines were joined from arrays, and each indicator copied
    /// on the way.
    private func appendSection(
        _ heading: (indikator: Cell, target: Cell), _ indikator: [Indikator], targets: (Int) -> Cell,
        to lines: inout [(indikator: Cell, target: Cell)]
    ) {
        guard !indikator.isEmpty else { return }
        lines.append(heading)
        for index in indikator.indices {
            lines.append((.prose("\(index + 1). \(indikator[index].uraian)"), targets(index)))
        }
    }

    /// An outcome indicator's target of the plan's year.
    private func outcomeTarget(_ indikator: Indikator) -> Cell {
        .figure(formatter.quantity(indikator.target[plan.tahun], unit: indikator.satuan))
    }
}
