import RenjaCompute
import RenjaModel

/// A programme planned in year n or n+1 beside its computed figures, with only its planned
/// kegiatan: what the tables of years n and n+1 (T-C.31, T-C.33, BAB IV) list. Which ones are
/// planned is decided once, by `RenjaCompute`.
struct PlannedProgram {
    /// A planned kegiatan beside its computed figures.
    struct PlannedKegiatan {
        let kegiatan: Kegiatan
        let figures: KegiatanFigures
    }

    let program: Program
    let figures: ProgramFigures
    let kegiatan: [PlannedKegiatan]

    /// The planned programmes in the plan's order.
    static func all(plan: Plan, figures: Figures) -> [PlannedProgram] {
        figures.programDirencanakan.compactMap { programFigures in
            guard let program = plan.program.first(where: { $0.kode == programFigures.kode }) else { return nil }
            let kegiatan = programFigures.kegiatanDirencanakan.compactMap { kegiatanFigures in
                program.kegiatan.first { $0.kode == kegiatanFigures.kode }
                    .map { PlannedKegiatan(kegiatan: $0, figures: kegiatanFigures) }
            }
            return PlannedProgram(program: program, figures: programFigures, kegiatan: kegiatan)
        }
    }
}
