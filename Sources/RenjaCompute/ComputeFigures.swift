import Foundation
import RenjaModel

/// Computes every derived figure of the plan once: years, pagu rollups, T-C.29, BAB IV totals
/// and counts. The diagnostics are warnings: achievements that cannot be computed (a missing
/// or zero target) and stated figures (`plan.dinyatakan`) that differ from the computed ones.
public func computeFigures(_ plan: Plan) -> (Figures, [Diagnostic]) {
    let years = Years(n: plan.tahun, renstra: plan.renstra, rpjmd: plan.rpjmd)
    let programs = plan.program.map { programFigures($0, years: years) }
    let plannedKegiatan = programs.flatMap(\.kegiatanDirencanakan)
    let total = PaguRollup.sum(plannedKegiatan.map(\.pagu))

    let planned = Set(programs.filter(\.direncanakan).map(\.kode) + plannedKegiatan.map(\.kode))
    let formatter = RenjaFormatter(settings: plan.settings)
    var evaluasiBuilder = EvaluasiBuilder(
        years: years, layout: plan.settings.tataLetakTC29, realisasi: RealisasiIndex(plan.realisasi, years: years),
        planned: planned, quarterRows: plan.realisasi.triwulan, formatter: formatter)
    let evaluasi = evaluasiBuilder.rows(for: plan.program)

    let figures = Figures(
        years: years,
        program: programs,
        total: total,
        evaluasi: evaluasi,
        anggaran: AnggaranFigures(belanjaLangsung: total.n ?? .zero, belanjaTidakLangsung: plan.belanjaTidakLangsung),
        counts: Counts(
            program: programs.filter(\.direncanakan).count,
            kegiatan: plannedKegiatan.count,
            landasanHukum: plan.landasanHukum.count
        )
    )
    let stated = StatedFigureCheck(figures: figures, plan: plan, formatter: formatter)
    return (figures, nothingPlanned(plan, figures) + evaluasiBuilder.diagnostics + stated.diagnostics())
}

/// Programmes of which none is planned for n or n+1 make a Renja that plans nothing: most likely
/// `tahun` or the pagu years are mistyped, and the document would say "0 (nol) program" unwarned.
private func nothingPlanned(_ plan: Plan, _ figures: Figures) -> [Diagnostic] {
    guard let first = plan.program.first, figures.counts.program == 0 else { return [] }
    let years = figures.years
    return [.warning("no programme or kegiatan has a pagu or target in \(years.n) or \(years.nPlus1) (tahun \(years.n)): "
                     + "T-C.31, T-C.33 and BAB IV plan nothing; is tahun or are the pagu years right?", at: first.location)]
}

private func programFigures(_ program: Program, years: Years) -> ProgramFigures {
    let kegiatan = program.kegiatan.map { kegiatanFigures($0, years: years) }
    let hasOwnTarget = program.indikator.contains { hasTarget($0, in: years) }
    return ProgramFigures(
        kode: program.kode,
        pagu: PaguRollup.sum(kegiatan.map(\.pagu)),
        direncanakan: hasOwnTarget || kegiatan.contains(where: \.direncanakan),
        kegiatan: kegiatan
    )
}

private func kegiatanFigures(_ kegiatan: Kegiatan, years: Years) -> KegiatanFigures {
    let pagu = PaguRollup(
        nMinus1: kegiatan.pagu[years.nMinus1],
        n: kegiatan.pagu[years.n],
        nPlus1: kegiatan.pagu[years.nPlus1],
        analisisKebutuhan: kegiatan.analisisKebutuhan?.pagu ?? kegiatan.pagu[years.n],
        renstra: kegiatan.paguRenstra
    )
    let planned = pagu.n != nil || pagu.nPlus1 != nil || kegiatan.indikator.contains { hasTarget($0, in: years) }
    return KegiatanFigures(kode: kegiatan.kode, pagu: pagu, direncanakan: planned)
}

/// Whether an indicator has a target in year n or n+1.
private func hasTarget(_ indikator: Indikator, in years: Years) -> Bool {
    indikator.target[years.n] != nil || indikator.target[years.nPlus1] != nil
}
