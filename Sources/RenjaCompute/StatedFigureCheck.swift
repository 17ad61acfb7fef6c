import Foundation
import RenjaModel

/// Compares every figure the plan records under `dinyatakan` with the computed one. They are
/// compared as printed (same rounding), so a stated 468.642.214 agrees with a computed
/// 468.642.213,68 in a table of whole rupiah; a difference is a warning at the stated figure
/// naming both values.
struct StatedFigureCheck {
    let figures: Figures
    let plan: Plan
    let formatter: RenjaFormatter

    func diagnostics() -> [Diagnostic] {
        plan.dinyatakan.compactMap(check)
    }

    /// A figure as computed, and how it is printed (which fixes the precision compared at).
    private struct Computed {
        var value: Decimal?
        var label: String
        var print: (Decimal) -> String
    }

    private func check(_ stated: StatedFigure) -> Diagnostic? {
        guard let computed = computed(stated.quantity) else {
            return .warning("\(describe(stated.quantity)) is stated, but the plan has no such programme, kegiatan or indicator", at: stated.location)
        }
        let statedText = computed.print(stated.value)
        guard let value = computed.value else {
            return .warning("\(computed.label) is stated as \(statedText) but cannot be computed from the plan; renja prints \"-\"", at: stated.location)
        }
        let computedText = computed.print(value)
        guard computedText != statedText else { return nil }
        return .warning("\(computed.label) is stated as \(statedText) but computes to \(computedText); renja prints the computed value", at: stated.location)
    }

    private func computed(_ quantity: StatedFigure.Quantity) -> Computed? {
        let money = { (value: Decimal) in formatter.money(Money(value)) }
        switch quantity {
        case .belanjaLangsung:
            return Computed(value: figures.anggaran.belanjaLangsung.amount, label: describe(quantity), print: money)
        case .totalAnggaran:
            return Computed(value: figures.anggaran.total.amount, label: describe(quantity), print: money)
        case let .paguProgram(kode, tahun):
            guard let program = plan.program.first(where: { $0.kode == kode }) else { return nil }
            let pagu = program.kegiatan.map { $0.pagu[tahun] }.sumOfPresent()
            return Computed(value: pagu?.amount, label: describe(quantity), print: money)
        case let .evaluasi(kode, kolom, aspek):
            return evaluasi(kode: kode, kolom: kolom, aspek: aspek, label: describe(quantity))
        }
    }

    private func evaluasi(kode: String, kolom: Int, aspek: StatedFigure.Aspek, label: String) -> Computed? {
        let percent = { (value: Decimal) in formatter.percent(value) }
        switch aspek {
        case .rp:
            guard let row = figures.evaluasi.first(where: { $0.kode == kode }) else { return nil }
            if kolom == 14 { return Computed(value: row.rp.tingkatCapaian, label: label, print: percent) }
            return Computed(
                value: row.rp.column(kolom)?.amount, label: label, print: { formatter.moneyCell(Money($0)) })
        case .k:
            let indikator = figures.evaluasi.lazy.flatMap(\.indikator).first { $0.kode == kode }
            guard let indikator else { return nil }
            if kolom == 14 { return Computed(value: indikator.cells.tingkatCapaian, label: label, print: percent) }
            return Computed(
                value: indikator.cells.column(kolom), label: label,
                print: { formatter.quantity($0, unit: indikator.satuan) })
        }
    }

    private func describe(_ quantity: StatedFigure.Quantity) -> String {
        switch quantity {
        case .belanjaLangsung: "Belanja Langsung \(figures.years.n)"
        case .totalAnggaran: "the total budget (Belanja Langsung + Belanja Tidak Langsung) \(figures.years.n)"
        case let .paguProgram(kode, tahun): "the pagu of programme \(kode) in \(tahun)"
        case let .evaluasi(kode, kolom, aspek): "T-C.29 column \(kolom) \(aspek == .k ? "K" : "Rp") of \(kode)"
        }
    }
}
