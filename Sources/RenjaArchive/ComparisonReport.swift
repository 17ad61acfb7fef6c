import RenjaCompute
import RenjaDocument
import RenjaModel

/// The 'Perbandingan' report of a comparison as a document tree, for the existing writers,
/// and its pagu table alone as the block a Renja Perubahan places with
/// `<r:block ref="tabel-perbandingan"/>`.
public struct ComparisonReport: Sendable {
    /// The block id under which the pagu comparison table is offered to templates.
    public static let blockID = StandardBlocks.comparisonID

    public var formatter: RenjaFormatter

    public init(formatter: RenjaFormatter) {
        self.formatter = formatter
    }

    /// The whole report: pagu with totals, realisation, and the other changes.
    public func document(_ comparison: Comparison, opd: String) -> Document {
        var blocks: [Block] = [.paragraph([.text("Perbandingan \(comparison.older) dengan \(comparison.newer).")])]
        blocks.append(.table(paguTable(comparison)))
        if !comparison.realisasi.isEmpty {
            blocks.append(.table(realisasiTable(comparison)))
        }
        if comparison.changes.isEmpty {
            blocks.append(.paragraph([.text("Tidak ada perubahan target, indikator, lokasi, sumber dana maupun teks.")]))
        } else {
            blocks.append(.table(changesTable(comparison)))
        }
        // A standalone report has no chapters for the numbering pass to count tables in: its
        // few tables are numbered here, in order.
        var tableNumber = 0
        for index in blocks.indices {
            guard case .table(var table) = blocks[index] else { continue }
            tableNumber += 1
            table.number = String(tableNumber)
            blocks[index] = .table(table)
        }
        let title = "Perbandingan Renja \(opd) Tahun \(comparison.tahun)"
        let section = Section(id: "perbandingan", kind: .front, title: "PERBANDINGAN", blocks: blocks)
        return Document(coverLines: ["PERBANDINGAN RENJA", opd.uppercased(), String(comparison.tahun)], title: title, sections: [section])
    }

    /// The block for templates: the pagu table, captioned by the two documents it compares
    /// (`Renja Penetapan`, `Renja Perubahan`) rather than by archive version numbers, which
    /// mean nothing in the printed document.
    public func block(_ comparison: Comparison, olderDocument: String, newerDocument: String) -> Block {
        .table(paguTable(comparison, caption: "Perbandingan Pagu \(olderDocument) dan \(newerDocument) Tahun \(comparison.tahun)"))
    }

    /// Pagu of n and n+1 per changed programme and kegiatan: before, after, selisih, and the
    /// totals; captioned by the compared versions' names unless told otherwise.
    public func paguTable(_ comparison: Comparison, caption: String? = nil) -> Table {
        let amounts = amountCells(showingSenIn: comparison.paguAmounts)
        let n = comparison.tahun
        let header = [
            Row(cells: [
                heading("Kode", rowSpan: 2), heading("Program/Kegiatan", rowSpan: 2),
                heading("Pagu Indikatif Tahun \(n) (Rp)", columnSpan: 3), heading("Prakiraan Maju Tahun \(n + 1) (Rp)", columnSpan: 3),
            ]),
            Row(cells: ["Sebelum", "Sesudah", "Selisih", "Sebelum", "Sesudah", "Selisih"].map { heading($0) }),
        ]
        var body = comparison.pagu.map { row in
            Row(role: row.jenis == .program ? .group : .normal, cells: [Cell(text: row.kode, alignment: .center), Cell(text: row.nama)] + amounts(row.n) + amounts(row.nPlus1))
        }
        // Only changed rows are listed, but the totals are the whole plan's: said in the row
        // and the caption, or a reader adding up the rows shown finds the total "wrong".
        body.append(Row(role: .total, cells: [Cell(text: "Jumlah seluruh kegiatan", columnSpan: 2)]
                        + amounts(comparison.totalN) + amounts(comparison.totalNPlus1)))
        return Table(
            id: Self.blockID,
            caption: [caption ?? "Perbandingan Pagu \(comparison.older) dan \(comparison.newer)",
                      "(hanya program dan kegiatan yang pagunya berubah; jumlah meliputi seluruh kegiatan)"],
            columnWidths: [8, 32, 10, 10, 10, 10, 10, 10], header: header, body: body, landscape: true
        )
    }

    private func realisasiTable(_ comparison: Comparison) -> Table {
        let amounts = amountCells(showingSenIn: comparison.realisasiAmounts)
        let header = [Row(cells: ["Periode", "Kode", "Sebelum (Rp)", "Sesudah (Rp)", "Selisih (Rp)"].map { heading($0) })]
        let body = comparison.realisasi.map { row in
            Row(role: row.kode == nil ? .total : .normal, cells: [Cell(text: row.periode), Cell(text: row.kode ?? "Jumlah")] + amounts(row.rp))
        }
        return Table(id: "perbandingan-realisasi", caption: ["Perbandingan Realisasi"], header: header, body: body)
    }

    private func changesTable(_ comparison: Comparison) -> Table {
        let header = [Row(cells: ["Uraian", "Perubahan", "Sebelum", "Sesudah"].map { heading($0) })]
        let body = comparison.changes.map { change in
            Row(cells: [Cell(text: change.subject), Cell(text: change.aspect), Cell(lines(change.before)), Cell(lines(change.after))])
        }
        return Table(id: "perbandingan-lain", caption: ["Perubahan Target, Indikator, Lokasi, Sumber Dana dan Teks"], columnWidths: [20, 14, 33, 33], header: header, body: body)
    }

    /// The before, after and selisih cells of an amount, in whole rupiah or, when some amount
    /// of the table (`amounts`) has sen, in sen.
    private func amountCells(showingSenIn amounts: [Money?]) -> (AmountChange) -> [Cell] {
        let formatter = formatter.showingSen(in: amounts)
        return { change in [change.before, change.after, change.selisih].map { Cell(text: formatter.moneyCell($0), alignment: .right) } }
    }

    private func heading(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) -> Cell {
        Cell(text: text, columnSpan: columnSpan, rowSpan: rowSpan, alignment: .center)
    }

    /// Multi-line texts (lists of items) keep their lines.
    private func lines(_ text: String) -> [Inline] {
        Array(text.split(separator: "\n", omittingEmptySubsequences: false).map { Inline.text(String($0)) }.map { [$0] }.joined(separator: [.lineBreak]))
    }
}
