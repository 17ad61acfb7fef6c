import Foundation
import RenjaModel

extension Indikator.KRule {
    /// The rule for an indicator that states none, by its unit: `rata-rata` for a level or a
    /// rate (`%`, `nilai`, `indeks`, any case), `jumlah` for everything else (counts of
    /// documents, desa, orang ... add up over the periods).
    public static func defaultRule(forSatuan satuan: String) -> Indikator.KRule {
        // The score test the formatter makes on units, by bytes: lowercasing every unit cost
        // more than the rest of working out an indicator's K cells.
        let unit = satuan.trimmingBlanks()
        return unit == "%" || RenjaFormatter.isScore(unit) ? .rataRata : .jumlah
    }
}

extension Indikator {
    /// The rule T-C.29 column 13 uses: `aturanK` when stated, else the default for the unit.
    public var resolvedKRule: KRule { aturanK ?? .defaultRule(forSatuan: satuan) }
}
