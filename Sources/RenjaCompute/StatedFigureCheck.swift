import Foundation
import RenjaModel

/// Compares every figure the plan records under `dinyatakan` with the computed one, as the
/// document prints it (totals in prose with sen, percentages with two decimals); a T-C.29 Rp
/// cell at the precision the stated figure is written in, so a stated 468.642.214 agrees with
/// a computed 468.642.213,68. A difference is a warning at the stated figure naming both values.
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
        var printed: (Decimal) -> String
    }

    private func check(_ stated: StatedFigure) -> Diagnostic? {
        let label = describe(stated.quantity)
        guard let computed = computed(stated) else {
            return .warning("\(label) is stated, but the plan has no such programme, kegiatan or indicator", at: stated.location)
        }
        let statedText = computed.printed(stated.value)
        let unprinted = unprintedNote(stated.quantity)
        guard let value = computed.value else {
            return .warning("\(label) is stated as \(statedText) but cannot be computed from the plan; \(unprinted ?? "renja prints \"-\"")",
                            at: stated.location)
        }
        let computedText = computed.printed(value)
        guard computedText != statedText else { return nil }
        return .warning("\(label) is stated as \(statedText) but computes to \(computedText); \(unprinted ?? "renja prints the computed value")",
                        at: stated.location)
    }

    /// `dinyatakan.evaluasi` names the quarterly form's columns 12-14, which T-C.29's ringkas
    /// layout does not have: saying renja prints the computed value would send the reader
    /// looking for a figure that is not in the document.
    private func unprintedNote(_ quantity: StatedFigure.Quantity) -> String? {
        guard case .evaluasi = quantity, plan.settings.tataLetakTC29 == .ringkas else { return nil }
        return "the ringkas layout of T-C.29 does not print this column of the quarterly form"
    }

    private func computed(_ stated: StatedFigure) -> Computed? {
        let money = { (value: Decimal) in formatter.money(Money(value)) }
        switch stated.quantity {
        case .belanjaLangsung:
            return Computed(value: figures.anggaran.belanjaLangsung.amount, printed: money)
        case .totalAnggaran:
            return Computed(value: figures.anggaran.total.amount, printed: money)
        case let .paguProgram(kode, tahun):
            guard let program = plan.program.first(where: { $0.kode == kode }) else { return nil }
            let pagu = program.kegiatan.map { $0.pagu[tahun] }.sumOfPresent()
            return Computed(value: pagu?.amount, printed: money)
        case let .evaluasi(kode, kolom, aspek):
            return evaluasi(kode: kode, kolom: kolom, aspek: aspek, stated: stated.value)
        }
    }

    /// T-C.29 cells by the quarterly form's column numbers, the form the model's columns name.
    /// Rp is compared in whole rupiah or in sen as the stated figure is written: the source
    /// document's whole 468.642.214 agrees with a computed 468.642.213,68.
    private func evaluasi(kode: String, kolom: Int, aspek: StatedFigure.Aspek, stated: Decimal) -> Computed? {
        let percent = { (value: Decimal) in formatter.percent(value) }
        switch aspek {
        case .rp:
            guard let row = figures.evaluasi.first(where: { $0.kode == kode }) else { return nil }
            if kolom == 14 { return Computed(value: row.rp.tingkatCapaian, printed: percent) }
            let cells = formatter.showingSen(in: [Money(stated)])
            return Computed(value: row.rp.column(kolom)?.amount, printed: { cells.moneyCell(Money($0)) })
        case .k:
            let indikator = figures.evaluasi.lazy.flatMap(\.indikator).first { $0.kode == kode }
            guard let indikator else { return nil }
            if kolom == 14 { return Computed(value: indikator.cells.tingkatCapaian, printed: percent) }
            return Computed(value: indikator.cells.column(kolom), printed: { formatter.quantity($0, unit: indikator.satuan) })
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
