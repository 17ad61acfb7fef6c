import RenjaCompute
import RenjaModel

/// T-C.32: stakeholder proposals, grouped by programme (in the plan's order); a programme's
/// number and name span the rows of all its proposals, a proposal spans its indicators.
struct UsulanTable {
    static let id = "tc-32"

    let plan: Plan
    let formatter: RenjaFormatter

    func make() -> Table {
        // Proposals for a kegiatan the plan lacks (the validator reports them) are kept, under "-".
        // Each proposal's programme is found once: searching every programme's kegiatan for
        // every proposal, once per programme, grew with the cube of the plan's size.
        // (An array per programme, not `Dictionary(grouping:)`, whose generic metadata alone cost
        // a build 400,000 instructions.)
        let programIndex = plan.programIndexByKegiatan()
        let unknownIndex = plan.program.count
        var usulanByProgram = [[Usulan]](repeating: [], count: unknownIndex + 1)
        for usulan in plan.usulan {
            usulanByProgram[programIndex[usulan.kegiatan] ?? unknownIndex].append(usulan)
        }
        let groups = usulanByProgram.enumerated().compactMap { index, usulan -> (Program?, [Usulan])? in
            usulan.isEmpty ? nil : (index < unknownIndex ? plan.program[index] : nil, usulan)
        }
        let body = groups.enumerated().flatMap { index, group in
            let (program, usulan) = group
            return usulan.flatMap { rows(of: $0, in: program) }
                .spanned(by: [.centered(String(index + 1)), .prose(program?.nama ?? RenjaFormatter.absent)], emptyWidth: 5)
        }
        return Table(
            id: Self.id,
            number: "T-C.32",
            caption: [
                "USULAN PROGRAM/KEGIATAN DARI PEMANGKU KEPENTINGAN",
                "TAHUN \(plan.tahun)",
                plan.opd.namaDaerah.uppercased(),
                plan.opd.nama,
            ],
            columnWidths: [4, 20, 22, 10, 26, 9, 9],
            header: [
                Row(cells: [
                    .heading("No"), .heading("Program"), .heading("Kegiatan"), .heading("Lokasi"),
                    .heading("Indikator Kinerja"), .heading("Target Capaian"), .heading("Catatan"),
                ]),
                .columnNumbers(count: 7),
            ],
            body: body
        )
    }

    private func rows(of usulan: Usulan, in program: Program?) -> [Row] {
        let kegiatan = program?.kegiatan.first { $0.kode == usulan.kegiatan }
        let targets = usulan.indikator.map { target in
            IndikatorTargetCells(target: target, kegiatan: kegiatan, formatter: formatter)
        }
        return SpannedRowGroup(columns: [
            .spanning(.prose(kegiatan?.nama ?? usulan.kegiatan)),
            .spanning(.prose(usulan.lokasi ?? kegiatan?.lokasi ?? plan.opd.lokasi)),
            .perRow(targets.map(\.uraian)),
            .perRow(targets.map(\.target)),
            .spanning(.prose(usulan.catatan ?? "")),
        ]).rows
    }
}
