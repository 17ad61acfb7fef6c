import Foundation
import RenjaCompute
import RenjaModel

/// Compares two versions of a Renja as plans and computed figures (never as output text), so
/// that a moved paragraph is no change and a changed CSV figure is named by its code.
public struct PlanComparer: Sendable {
    /// Prints targets and amounts in the text changes as the newer document prints them.
    public var formatter: RenjaFormatter

    public init(formatter: RenjaFormatter) {
        self.formatter = formatter
    }

    public func compare(_ older: ComparedVersion, _ newer: ComparedVersion) -> Comparison {
        var changes = ChangeCollector(formatter: formatter)
        changes.comparePlanTexts(older.plan, newer.plan)
        var pagu: [PaguComparisonRow] = []
        for kode in Self.union(older.plan.program.map(\.kode), newer.plan.program.map(\.kode)) {
            let before = older.plan.program.first { $0.kode == kode }
            let after = newer.plan.program.first { $0.kode == kode }
            let nama = after?.nama ?? before?.nama ?? ""
            pagu.append(row(.program, kode, nama, older.figures.program(kode)?.pagu, newer.figures.program(kode)?.pagu))
            changes.compareProgram(before, after, kode: kode, oldLokasi: older.plan.opd.lokasi, newLokasi: newer.plan.opd.lokasi)
            let kegiatanCodes = Self.union(before?.kegiatan.map(\.kode) ?? [], after?.kegiatan.map(\.kode) ?? [])
            for kegiatan in kegiatanCodes {
                let nama = after?.kegiatan.first { $0.kode == kegiatan }?.nama ?? before?.kegiatan.first { $0.kode == kegiatan }?.nama ?? ""
                pagu.append(row(.kegiatan, kegiatan, nama, older.figures.kegiatan(kegiatan)?.pagu, newer.figures.kegiatan(kegiatan)?.pagu))
            }
        }
        return Comparison(
            older: older.name, newer: newer.name, tahun: newer.plan.tahun,
            pagu: pagu.filter { $0.n.isChanged || $0.nPlus1.isChanged },
            totalN: AmountChange(before: older.figures.total.n, after: newer.figures.total.n),
            totalNPlus1: AmountChange(before: older.figures.total.nPlus1, after: newer.figures.total.nPlus1),
            realisasi: compareRealisasi(older.plan.realisasi, newer.plan.realisasi),
            changes: changes.changes + compareRealisasiK(older.plan.realisasi, newer.plan.realisasi)
        )
    }

    private func row(_ jenis: PaguComparisonRow.Jenis, _ kode: String, _ nama: String, _ before: PaguRollup?, _ after: PaguRollup?) -> PaguComparisonRow {
        PaguComparisonRow(
            jenis: jenis, kode: kode, nama: nama,
            n: AmountChange(before: before?.n, after: after?.n),
            nPlus1: AmountChange(before: before?.nPlus1, after: after?.nPlus1)
        )
    }

    /// Changed Rp per CSV row, then each changed period's total.
    private func compareRealisasi(_ older: Realisasi, _ newer: Realisasi) -> [RealisasiComparisonRow] {
        var rows: [RealisasiComparisonRow] = []
        var totals: [RealisasiComparisonRow] = []
        for period in Self.periods(older, newer) {
            let changed = period.pairs.compactMap { kode, before, after -> RealisasiComparisonRow? in
                let change = AmountChange(before: before?.rp, after: after?.rp)
                return change.isChanged ? RealisasiComparisonRow(periode: period.name, kode: kode, rp: change) : nil
            }
            guard !changed.isEmpty else { continue }
            rows += changed
            let total = AmountChange(
                before: period.pairs.compactMap { $0.before?.rp }.sum(), after: period.pairs.compactMap { $0.after?.rp }.sum()
            )
            totals.append(RealisasiComparisonRow(periode: period.name, kode: nil, rp: total))
        }
        return rows + totals
    }

    /// Changed K figures of the CSVs, as text.
    private func compareRealisasiK(_ older: Realisasi, _ newer: Realisasi) -> [TextChange] {
        Self.periods(older, newer).flatMap { period in
            period.pairs.compactMap { kode, before, after -> TextChange? in
                guard before?.k != after?.k else { return nil }
                return TextChange(
                    subject: "Realisasi \(period.name) \(kode)", aspect: "K",
                    before: formatter.number(before?.k, decimals: 2), after: formatter.number(after?.k, decimals: 2)
                )
            }
        }
    }

    /// The CSV rows of both versions paired by period (`2019 triwulan 2`, `2018`) and code.
    private static func periods(_ older: Realisasi, _ newer: Realisasi) -> [(name: String, pairs: [(kode: String, before: RealisasiEntry?, after: RealisasiEntry?)])] {
        func named(_ realisasi: Realisasi) -> [(periode: String, entry: RealisasiEntry)] {
            (realisasi.sampaiTahunLalu + realisasi.triwulan).map { entry in
                (entry.triwulan.map { "\(entry.tahun) triwulan \($0)" } ?? "\(entry.tahun)", entry)
            }
        }
        let before = named(older)
        let after = named(newer)
        return union(before.map(\.periode), after.map(\.periode)).map { periode in
            let oldEntries = before.filter { $0.periode == periode }.map(\.entry)
            let newEntries = after.filter { $0.periode == periode }.map(\.entry)
            let pairs = union(oldEntries.map(\.kode), newEntries.map(\.kode)).map { kode in
                (kode: kode, before: oldEntries.first { $0.kode == kode }, after: newEntries.first { $0.kode == kode })
            }
            return (periode, pairs)
        }
    }

    /// The codes of both versions, the newer's order first, then those only the older has.
    static func union(_ older: [String], _ newer: [String]) -> [String] {
        var seen = Set<String>()
        return (newer + older).filter { seen.insert($0).inserted }
    }
}
