import Foundation
import RenjaModel

/// Realisation figures that are possible but most likely mistyped, as warnings at their CSV
/// rows. Quarterly figures are cumulative (s/d triwulan), so a quarter below an earlier one of
/// the same code is most likely that quarter's own amount, the officer's likeliest slip, which
/// made column 12 print the last quarter alone; and a kegiatan that realised more in n-1 than
/// its pagu of n-1 spent money it did not have.
struct RealisasiPlausibility {
    let plan: Plan
    let years: Years
    let formatter: RenjaFormatter

    func diagnostics() -> [Diagnostic] {
        var indikatorByKode: [String: Indikator] = [:]
        var paguNMinus1: [String: Money] = [:]
        for program in plan.program {
            for indikator in program.indikator { indikatorByKode[indikator.kode] = indikator }
            for kegiatan in program.kegiatan {
                for indikator in kegiatan.indikator { indikatorByKode[indikator.kode] = indikator }
                paguNMinus1[kegiatan.kode] = kegiatan.pagu[years.nMinus1]
            }
        }
        var diagnostics: [Diagnostic] = []
        for (kode, rows) in quartersByCode() {
            // Only counts add up over the quarters; a percentage or a level may fall.
            if let indikator = indikatorByKode[kode], indikator.resolvedKRule == .jumlah {
                diagnostics += falls(in: rows, kode: kode, value: \.k) { formatter.quantity($0, unit: indikator.satuan) }
            }
            diagnostics += falls(in: rows, kode: kode, value: { $0.rp?.amount }) { formatter.money(Money($0)) }
            if let pagu = paguNMinus1[kode], let latest = rows.last(where: { $0.rp != nil }), let rp = latest.rp, rp > pagu {
                diagnostics.append(.warning(
                    "realisasi Rp of \(kode) up to triwulan \(latest.triwulan ?? 0) of \(years.nMinus1) (\(formatter.money(rp))) "
                        + "exceeds its pagu of \(years.nMinus1) (\(formatter.money(pagu)))", at: latest.location))
            }
        }
        return diagnostics
    }

    /// The quarterly rows of n-1 by code, in the order the codes first appear, each code's rows
    /// by quarter.
    private func quartersByCode() -> [(String, [RealisasiEntry])] {
        var order: [String] = []
        var rows: [String: [RealisasiEntry]] = [:]
        for entry in plan.realisasi.triwulan where entry.tahun == years.nMinus1 && entry.triwulan != nil {
            if rows[entry.kode] == nil { order.append(entry.kode) }
            rows[entry.kode, default: []].append(entry)
        }
        return order.map { kode in (kode, rows[kode, default: []].sorted { ($0.triwulan ?? 0) < ($1.triwulan ?? 0) }) }
    }

    /// A warning at each quarter whose figure is below an earlier quarter's.
    private func falls(
        in rows: [RealisasiEntry], kode: String, value: (RealisasiEntry) -> Decimal?, printed: (Decimal) -> String
    ) -> [Diagnostic] {
        var highest: (value: Decimal, triwulan: Int)?
        var diagnostics: [Diagnostic] = []
        for row in rows {
            guard let current = value(row), let quarter = row.triwulan else { continue }
            if let earlier = highest, current < earlier.value {
                diagnostics.append(.warning(
                    "realisasi of \(kode) up to triwulan \(quarter) (\(printed(current))) is less than up to triwulan "
                        + "\(earlier.triwulan) (\(printed(earlier.value))): quarterly figures are cumulative (s/d triwulan); "
                        + "was the quarter's own figure entered?", at: row.location))
            } else {
                highest = (current, quarter)
            }
        }
        return diagnostics
    }
}
