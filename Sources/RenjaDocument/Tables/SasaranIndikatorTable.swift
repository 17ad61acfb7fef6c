import RenjaCompute
import RenjaModel

/// BAB IV 4.2: per programme of year n, what it achieves and how that is measured: the output
/// indicators of its kegiatan and the outcome indicators of the OPD sasaran it serves, each
/// with its target for year n.
struct SasaranIndikatorTable {
    static let id = "tabel-sasaran-indikator"

    let plan: Plan
    /// The planned programmes and kegiatan with the programmes' names and the kegiatan's
    /// targets of year n, made once for every table that prints them; its year
    /// (`plannedCells.tahun`) is the caption's and that of the outcome targets too.
    let plannedCells: PlannedCells
    let formatter: RenjaFormatter

    func make() -> Table {
        // The two heading lines, made once and placed for every programme (a copy of a cell
        // shares its content).
        let outputHeading = Self.headingLine("Output")
        let outcomeHeading = Self.headingLine("Outcome")
        let body = plannedCells.groups.indices.flatMap { index in
            let group = plannedCells.groups[index]
            let program = group.program.planned.program
            let outcome = program.sasaran.flatMap { plan.sasaran(kode: $0) }?.indikator ?? []
            let outputCount = group.kegiatan.reduce(0) { $0 + $1.indikatorCells.count }
            var lines: [(indikator: Cell, target: Cell)] = []
            // Each section's heading line ("Output :", "Outcome :") and its indicators, numbered
            // from 1 by their place after the heading; appended in place, each indicator read
            // where it is (joined from arrays, each was copied on the way).
            lines.reserveCapacity(outputCount + outcome.count + 2)
            if outputCount > 0 { lines.append(outputHeading) }
            for item in group.kegiatan {
                // The kegiatan's indicators beside the target cells made with them.
                let indikator = item.planned.kegiatan.indikator
                for index in item.indikatorCells.indices {
                    lines.append((Self.numbered(lines.count, indikator[index]), item.indikatorCells[index].target))
                }
            }
            let outcomeStart = lines.count
            if !outcome.isEmpty { lines.append(outcomeHeading) }
            for index in outcome.indices {
                lines.append((
                    Self.numbered(lines.count - outcomeStart, outcome[index]),
                    IndikatorTargetCells.target(of: outcome[index], tahun: plannedCells.tahun, formatter: formatter)))
            }
            return SpannedRowCells.rows(longestColumn: lines.count, capacity: (first: 5, later: 2)) { cells in
                cells.spanning(.centered(String(index + 1)))
                cells.spanning(group.program.nama)
                cells.spanning(.prose(program.sasaranProgram ?? RenjaFormatter.absent))
                cells.perRow(of: lines) { lines[$0].indikator }
                cells.perRow(of: lines) { lines[$0].target }
            }
        }
        return Table(
            id: Self.id,
            caption: ["Sasaran dan Indikator Kinerja", "\(plan.opd.nama) \(plan.opd.namaDaerah) Tahun \(plannedCells.tahun)"],
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

    /// An indicator's line under its section's heading: `1. Jumlah ...`.
    private static func numbered(_ number: Int, _ indikator: Indikator) -> Cell {
        .prose("\(number). \(indikator.uraian)")
    }
}
