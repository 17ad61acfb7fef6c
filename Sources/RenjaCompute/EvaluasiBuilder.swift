import Foundation
import RenjaModel

/// Builds the T-C.29 rows and collects a warning for every achievement of the project's
/// layout that cannot be computed (the other layout's cells are not printed, so not checked).
/// Rows of programmes and kegiatan that are no longer planned are not warned about: a
/// discontinued activity has no Renstra target by nature, and its "-" is the right answer.
///
/// It also warns of realisation that is possible but most likely mistyped, at its CSV row.
/// Quarterly figures are cumulative (s/d triwulan), so a quarter below an earlier one of the
/// same code is most likely that quarter's own figure, the officer's likeliest slip, which
/// makes column 12 print the last quarter alone; and a kegiatan that realised more in n-1
/// than its pagu of n-1 spent money it did not have.
struct EvaluasiBuilder {
    let years: Years
    let layout: Settings.EvaluationLayout
    let realisasi: RealisasiIndex
    /// Codes of the programmes and kegiatan planned in n or n+1.
    let planned: Set<String>
    /// The quarterly CSV rows, searched only for the row a warning points at.
    let quarterRows: [RealisasiEntry]
    /// For the figures a warning quotes.
    let formatter: RenjaFormatter
    private(set) var diagnostics: [Diagnostic] = []

    init(
        years: Years, layout: Settings.EvaluationLayout, realisasi: RealisasiIndex, planned: Set<String>,
        quarterRows: [RealisasiEntry], formatter: RenjaFormatter
    ) {
        self.years = years
        self.layout = layout
        self.realisasi = realisasi
        self.planned = planned
        self.quarterRows = quarterRows
        self.formatter = formatter
    }

    /// Each programme's row followed by its kegiatan rows, numbered from 1.
    mutating func rows(for programs: [Program]) -> [EvaluasiRow] {
        var rows: [EvaluasiRow] = []
        for program in programs {
            // Whether each row is planned is looked up once, not once per indicator and Rp cell.
            let kegiatanRows = program.kegiatan.map { kegiatan in
                let isPlanned = planned.contains(kegiatan.kode)
                return EvaluasiRow(
                    nomor: 0, jenis: .kegiatan, kode: kegiatan.kode, nama: kegiatan.nama,
                    kelompokSasaran: kegiatan.kelompokSasaran ?? program.kelompokSasaran,
                    indikator: kegiatan.indikator.map { indikatorEvaluasi($0, ownerIsPlanned: isPlanned) },
                    rp: rpCells(of: kegiatan, isPlanned: isPlanned)
                )
            }
            let programIsPlanned = planned.contains(program.kode)
            let programRow = EvaluasiRow(
                nomor: 0, jenis: .program, kode: program.kode, nama: program.nama,
                kelompokSasaran: program.kelompokSasaran,
                indikator: program.indikator.map { indikatorEvaluasi($0, ownerIsPlanned: programIsPlanned) },
                rp: rpCells(of: program, isPlanned: programIsPlanned, kegiatanCells: kegiatanRows.map(\.rp))
            )
            rows.append(programRow)
            rows.append(contentsOf: kegiatanRows)
        }
        for index in rows.indices { rows[index].nomor = index + 1 }
        return rows
    }

    // MARK: K

    private mutating func indikatorEvaluasi(_ indikator: Indikator, ownerIsPlanned: Bool) -> IndikatorEvaluasi {
        let rule = indikator.resolvedKRule
        let slot = realisasi.slot(of: indikator.kode)
        let triwulan = realisasi.triwulan(at: slot, \.k)
        let sampaiTahunLalu = realisasi.sampaiTahunLalu(at: slot, tahun: years.nMinus2).k
        let tahunBerjalan = Self.latest(triwulan)
        // Only counts add up over the quarters; a percentage or a level may fall.
        if rule == .jumlah {
            let formatter = formatter
            warnOfFalls(in: triwulan, kode: indikator.kode) { formatter.quantity($0, unit: indikator.satuan) }
        }
        let realisasiRenstra = rule.combine([sampaiTahunLalu, tahunBerjalan])
        let renstraAkhir = years.renstraAkhir
        let target = indikator.target[renstraAkhir]
        let capaian = percentage(
            realisasiRenstra, of: target, column: "T-C.29 column 14 (K of indicator \(indikator.kode))",
            divisor: "Renstra target for \(renstraAkhir) (column 5)", warn: layout == .triwulan && ownerIsPlanned,
            at: indikator.location)
        let cells = EvaluasiCells(
            targetRenstra: target, realisasiSampaiTahunLalu: sampaiTahunLalu,
            targetTahunBerjalan: indikator.target[years.nMinus1], triwulan: triwulan,
            realisasiTahunBerjalan: tahunBerjalan, realisasiRenstra: realisasiRenstra,
            tingkatCapaian: capaian, predikat: capaian.map(CapaianPredikat.init(persen:))
        )
        return IndikatorEvaluasi(
            kode: indikator.kode, uraian: indikator.uraian, satuan: indikator.satuan, aturanK: rule, cells: cells,
            ringkas: layout == .ringkas ? ringkasCells(of: indikator, at: slot, rule: rule, warn: ownerIsPlanned) : nil)
    }

    /// The short form: 8 = 7 / 6, 10 = 5 + 7 + 9 by the K rule (9, the target of n-1, stands
    /// in for its realisation), 11 = 10 / 4.
    private mutating func ringkasCells(
        of indikator: Indikator, at slot: RealisasiIndex.Slot, rule: Indikator.KRule, warn: Bool
    ) -> EvaluasiRingkasCells {
        // Copies, for the diagnostic texts built inside `percentage`, which mutates `self`.
        let (nMinus2, renstraAkhir) = (years.nMinus2, years.renstraAkhir)
        let nMinus3 = nMinus2 - 1
        var cells = EvaluasiRingkasCells(
            targetRenstra: indikator.target[renstraAkhir],
            realisasiSampaiNMinus3: realisasi.sampaiTahunLalu(at: slot, tahun: nMinus3).k,
            targetNMinus2: indikator.target[nMinus2],
            realisasiNMinus2: realisasi.sampaiTahunLalu(at: slot, tahun: nMinus2).k,
            targetNMinus1: indikator.target[years.nMinus1]
        )
        cells.tingkatRealisasi = percentage(
            cells.realisasiNMinus2, of: cells.targetNMinus2, column: "T-C.29 column 8 (indicator \(indikator.kode))",
            divisor: "target for \(nMinus2) (column 6)", warn: warn, at: indikator.location)
        cells.perkiraanRealisasi = rule.combine([cells.realisasiSampaiNMinus3, cells.realisasiNMinus2, cells.targetNMinus1])
        cells.capaian = percentage(
            cells.perkiraanRealisasi, of: cells.targetRenstra, column: "T-C.29 column 11 (indicator \(indikator.kode))",
            divisor: "Renstra target for \(renstraAkhir) (column 4)", warn: warn, at: indikator.location)
        cells.predikat = cells.capaian.map(CapaianPredikat.init(persen:))
        return cells
    }

    // MARK: Rp

    private mutating func rpCells(of kegiatan: Kegiatan, isPlanned: Bool) -> EvaluasiCells<Money> {
        let slot = realisasi.slot(of: kegiatan.kode)
        let triwulan = realisasi.triwulan(at: slot, \.rp)
        let sampaiTahunLalu = realisasi.sampaiTahunLalu(at: slot, tahun: years.nMinus2).rp
        let tahunBerjalan = Self.latest(triwulan)
        let formatter = formatter
        warnOfFalls(in: triwulan.map { $0?.amount }, kode: kegiatan.kode) { formatter.money(Money($0)) }
        if let realised = tahunBerjalan, let pagu = kegiatan.pagu[years.nMinus1], ExactUnits.isLess(pagu.amount, realised.amount) {
            let quarter = (triwulan.lastIndex { $0 != nil } ?? 0) + 1
            diagnostics.append(.warning(
                "realisasi Rp of \(kegiatan.kode) up to triwulan \(quarter) of \(years.nMinus1) (\(formatter.money(realised))) "
                    + "exceeds its pagu of \(years.nMinus1) (\(formatter.money(pagu)))",
                at: quarterRow(kode: kegiatan.kode, quarter: quarter)?.location ?? kegiatan.location))
        }
        return withAchievement(
            EvaluasiCells(
                targetRenstra: kegiatan.paguRenstra, realisasiSampaiTahunLalu: sampaiTahunLalu,
                targetTahunBerjalan: kegiatan.pagu[years.nMinus1], triwulan: triwulan,
                realisasiTahunBerjalan: tahunBerjalan,
                realisasiRenstra: [sampaiTahunLalu, tahunBerjalan].sumOfPresent()
            ),
            of: "kegiatan", kegiatan.kode, isPlanned: isPlanned, at: kegiatan.location
        )
    }

    /// A programme's Rp cells 5-13 are the sums of its kegiatan's; 14 is computed from them.
    private mutating func rpCells(
        of program: Program, isPlanned: Bool, kegiatanCells: [EvaluasiCells<Money>]
    ) -> EvaluasiCells<Money> {
        withAchievement(
            EvaluasiCells(
                targetRenstra: kegiatanCells.map(\.targetRenstra).sumOfPresent(),
                realisasiSampaiTahunLalu: kegiatanCells.map(\.realisasiSampaiTahunLalu).sumOfPresent(),
                targetTahunBerjalan: kegiatanCells.map(\.targetTahunBerjalan).sumOfPresent(),
                triwulan: (0..<4).map { quarter in kegiatanCells.map { $0.triwulan[quarter] }.sumOfPresent() },
                realisasiTahunBerjalan: kegiatanCells.map(\.realisasiTahunBerjalan).sumOfPresent(),
                realisasiRenstra: kegiatanCells.map(\.realisasiRenstra).sumOfPresent()
            ),
            of: "programme", program.kode, isPlanned: isPlanned, at: program.location
        )
    }

    /// Rp cells completed with column 14 (13 / 5 x 100%) and its band.
    private mutating func withAchievement(
        _ cells: EvaluasiCells<Money>, of kind: String, _ kode: String, isPlanned: Bool, at location: SourceLocation
    ) -> EvaluasiCells<Money> {
        var cells = cells
        cells.tingkatCapaian = percentage(
            cells.realisasiRenstra?.amount, of: cells.targetRenstra?.amount, column: "T-C.29 column 14 (Rp of \(kind) \(kode))",
            divisor: "Renstra budget (column 5)", warn: layout == .triwulan && isPlanned, at: location)
        cells.predikat = cells.tingkatCapaian.map(CapaianPredikat.init(persen:))
        return cells
    }

    // MARK: Shared

    /// A warning at each quarter whose figure is below an earlier quarter's.
    private mutating func warnOfFalls(in triwulan: [Decimal?], kode: String, printed: (Decimal) -> String) {
        var highest: (value: Decimal, quarter: Int)?
        for (index, figure) in triwulan.enumerated() {
            guard let figure else { continue }
            guard let earlier = highest, ExactUnits.isLess(figure, earlier.value) else {
                highest = (figure, index + 1)
                continue
            }
            diagnostics.append(.warning(
                "realisasi of \(kode) up to triwulan \(index + 1) (\(printed(figure))) is less than up to triwulan "
                    + "\(earlier.quarter) (\(printed(earlier.value))): quarterly figures are cumulative (s/d triwulan); "
                    + "was the quarter's own figure entered?",
                at: quarterRow(kode: kode, quarter: index + 1)?.location))
        }
    }

    /// The quarterly CSV row of `kode` for `quarter` of n-1.
    private func quarterRow(kode: String, quarter: Int) -> RealisasiEntry? {
        quarterRows.first { $0.kode == kode && $0.triwulan == quarter && $0.tahun == years.nMinus1 }
    }

    /// Column 12: the latest reported quarter; quarters are cumulative, so never their sum.
    static func latest<Value>(_ triwulan: [Value?]) -> Value? {
        triwulan.last { $0 != nil } ?? nil
    }

    /// `part / whole x 100`, rounded half up to two decimals: the figure printed, and the one
    /// the band is taken from. A part without a usable whole has no percentage: "-" and (when
    /// that column is printed) a warning, never a division by zero.
    private mutating func percentage(
        _ part: Decimal?, of whole: Decimal?, column: @autoclosure () -> String, divisor: @autoclosure () -> String, warn: Bool,
        at location: SourceLocation
    ) -> Decimal? {
        guard let part else { return nil }
        guard let whole, !whole.isZero else {
            if warn {
                // The texts are built only here: building them for every percentage was a
                // twentieth of computing T-C.29.
                let problem = whole == nil ? "there is no \(divisor())" : "the \(divisor()) is zero"
                diagnostics.append(.warning("\(column()) prints \"-\": \(problem) to divide the realisation by", at: location))
            }
            return nil
        }
        return ExactUnits.percentage(part, of: whole) ?? (part / whole * 100).rounded(decimals: 2)
    }
}
