import RenjaCompute
import RenjaModel

/// A programme planned in year n or n+1 beside its computed figures, with only its planned
/// kegiatan: what the tables of years n and n+1 (T-C.31, T-C.33, BAB IV) and the templates'
/// `program` list. Which ones are planned is decided once, by `RenjaCompute`; they are matched
/// to the plan once per fill (`all`) and handed to both the blocks and the template context.
public struct PlannedProgram: Sendable {
    /// A planned kegiatan beside its computed figures.
    public struct PlannedKegiatan: Sendable {
        public let kegiatan: Kegiatan
        public let figures: KegiatanFigures
    }

    public let program: Program
    public let figures: ProgramFigures
    public let kegiatan: [PlannedKegiatan]

    /// The planned programmes in the plan's order, each with its planned kegiatan; where a code
    /// is used twice, the first programme or kegiatan of it is the one planned.
    public static func all(plan: Plan, figures: Figures) -> [PlannedProgram] {
        let programs = plan.program
        let programIndex = firstIndexByKode(programs, kode: \.kode)
        return figures.programDirencanakan.compactMap { programFigures in
            guard let index = programIndex[programFigures.kode] else { return nil }
            let program = programs[index]
            let kegiatanIndex = firstIndexByKode(program.kegiatan, kode: \.kode)
            let kegiatan = programFigures.kegiatanDirencanakan.compactMap { kegiatanFigures in
                kegiatanIndex[kegiatanFigures.kode].map { PlannedKegiatan(kegiatan: program.kegiatan[$0], figures: kegiatanFigures) }
            }
            return PlannedProgram(program: program, figures: programFigures, kegiatan: kegiatan)
        }
    }

    /// The index of the first item of each code: indices rather than the items, which would be
    /// copied into the dictionary.
    private static func firstIndexByKode<Item>(_ items: [Item], kode: (Item) -> String) -> [String: Int] {
        Dictionary(zip(items.lazy.map(kode), items.indices), uniquingKeysWith: { first, _ in first })
    }
}
