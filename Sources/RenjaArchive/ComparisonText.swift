import RenjaCompute

/// The comparison as the terminal prints it: one line per change.
public struct ComparisonText: Sendable {
    public var formatter: RenjaFormatter

    public init(formatter: RenjaFormatter) {
        self.formatter = formatter
    }

    public func render(_ comparison: Comparison) -> String {
        // Each table of the report decides on sen by its own amounts, and so does each part here.
        let paguFormatter = formatter.showingSen(in: comparison.paguAmounts)
        let realisasiFormatter = formatter.showingSen(in: comparison.realisasiAmounts)
        let amounts = { (change: AmountChange) in Self.amounts(change, formatter: paguFormatter) }
        let n = comparison.tahun
        var lines = ["Perbandingan \(comparison.older) -> \(comparison.newer)", "", "Pagu (Rp)              \(n): sebelum -> sesudah (selisih) | \(n + 1): sebelum -> sesudah (selisih)"]
        for row in comparison.pagu {
            let indent = row.jenis == .program ? "  " : "    "
            lines.append("\(indent)\(row.kode) \(row.nama): \(amounts(row.n)) | \(amounts(row.nPlus1))")
        }
        lines.append("  Jumlah seluruh kegiatan: \(amounts(comparison.totalN)) | \(amounts(comparison.totalNPlus1))")
        if !comparison.realisasi.isEmpty {
            lines += ["", "Realisasi (Rp)"]
            for row in comparison.realisasi {
                lines.append("  \(row.periode) \(row.kode ?? "Jumlah"): \(Self.amounts(row.rp, formatter: realisasiFormatter))")
            }
        }
        if !comparison.changes.isEmpty {
            lines += ["", "Perubahan lain"]
            for change in comparison.changes {
                lines.append("  \(change.subject), \(change.aspect): \(oneLine(change.before)) -> \(oneLine(change.after))")
            }
        }
        if comparison.isEmpty {
            lines += ["", "Tidak ada perubahan."]
        }
        return lines.joined(separator: "\n")
    }

    private static func amounts(_ change: AmountChange, formatter: RenjaFormatter) -> String {
        let selisih = formatter.moneyCell(change.selisih)
        let signed = change.selisih.amount > 0 ? "+" + selisih : selisih
        return "\(formatter.moneyCell(change.before)) -> \(formatter.moneyCell(change.after)) (\(signed))"
    }

    private func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " / ")
    }
}
