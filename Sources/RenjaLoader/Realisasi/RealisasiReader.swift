import Foundation
import RenjaModel

/// Turns one realisation CSV into entries, checking every cell against the spec: the codes it
/// defines, the year each file covers, the project's number convention.
struct RealisasiReader {
    /// Which of the two files this is: they differ in the year they cover and in `triwulan`.
    enum Kind {
        /// Cumulative quarters of n-1.
        case triwulan
        /// The Renstra period up to n-2.
        case sampaiTahunLalu

        var columns: [String] {
            switch self {
            case .triwulan: return ["tahun", "triwulan", "kode", "k", "rp"]
            case .sampaiTahunLalu: return ["tahun", "kode", "k", "rp"]
            }
        }

        /// The years the rows may report, for plan year `tahun`. The short T-C.29 (`ringkas`)
        /// reads the Renstra realisation up to n-3 (its column 5) and that of year n-2 alone
        /// (column 7) from the `sampai_tahun_lalu` file.
        func expectedYears(forPlanYear tahun: Int, layout: Settings.EvaluationLayout) -> ClosedRange<Int> {
            switch (self, layout) {
            case (.triwulan, _): tahun - 1...tahun - 1
            case (.sampaiTahunLalu, .triwulan): tahun - 2...tahun - 2
            case (.sampaiTahunLalu, .ringkas): tahun - 3...tahun - 2
            }
        }

        /// What `expectedYears` means, for the error of a row of another year.
        func yearsMeaning(layout: Settings.EvaluationLayout) -> String {
            switch (self, layout) {
            case (.triwulan, _): "the quarterly file reports year n-1"
            case (.sampaiTahunLalu, .triwulan): "this file reports the Renstra period up to n-2"
            case (.sampaiTahunLalu, .ringkas): "under the ringkas layout this file reports the Renstra period up to n-3 and year n-2"
            }
        }
    }

    var kind: Kind
    var file: String
    /// Year n; the row years are not checked without it (the spec's error says why).
    var tahun: Int?
    var layout: Settings.EvaluationLayout = .triwulan
    var convention: Settings.NumberConvention
    var codes: CodeRegistry

    /// Where the columns are, found once per file rather than by name in every row.
    struct ColumnPositions {
        var tahun: Int
        var triwulan: Int?
        var kode: Int
        var k: Int
        var rp: Int

        /// `nil` when a column every file has is missing from `index`.
        init?(_ index: [String: Int]) {
            guard let tahun = index["tahun"], let kode = index["kode"], let k = index["k"], let rp = index["rp"] else { return nil }
            (self.tahun, self.triwulan, self.kode, self.k, self.rp) = (tahun, index["triwulan"], kode, k, rp)
        }
    }

    /// The entries of the table, and the problems of its cells.
    func read(_ table: CSVTable) -> (entries: [RealisasiEntry], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let columns = columnIndex(of: table, diagnostics: &diagnostics).flatMap(ColumnPositions.init) else {
            return ([], diagnostics)
        }
        var entries: [RealisasiEntry] = []
        // A row is an entry unless it is wrong: growing the array row by row copied it a dozen
        // times (0.7 M instructions for a generated project's two files).
        entries.reserveCapacity(table.rowCount)
        // A code is reported once per period: the first line of each code, one table per
        // period (`period(of:)`), indexed by the code's registration ordinal: a row's code was
        // hashed once already to find it in the registry, and hashing it again into a
        // dictionary per quarter cost about 700 instructions a row.
        var firstLines = Array(repeating: [Int?](), count: 6)
        // Where each row's code is looked for first (`CodeRegistry.summary(ofUTF8:ifRegisteredAt:)`):
        // the code that followed the previous row's code the last time it was read (the
        // quarters of a file repeat one order), else the code registered after it.
        var successors = Array(repeating: -1, count: codes.count)
        var previousOrdinal: Int?
        var cells = RowCells(table: table, file: file)
        for row in 0..<table.rowCount {
            cells.move(toRow: row)
            if cells.isBlank { continue }
            let guess = previousOrdinal.map { successors[$0] >= 0 ? successors[$0] : $0 + 1 } ?? 0
            let (read, rowOrdinal) = readRow(&cells, columns: columns, guessing: guess)
            if let rowOrdinal {
                if let previousOrdinal { successors[previousOrdinal] = rowOrdinal }
                previousOrdinal = rowOrdinal
            }
            if !cells.diagnostics.isEmpty { diagnostics += cells.diagnostics }
            // Consumed: a copy of the entry, and the destruction of the original, per row.
            guard let entry = consume read, let ordinal = rowOrdinal else { continue }
            let period = period(of: entry)
            if firstLines[period].isEmpty { firstLines[period] = Array(repeating: nil, count: codes.count) }
            if let firstLine = firstLines[period][ordinal] {
                let named = entry.triwulan.map { " for triwulan \($0)" } ?? (layout == .ringkas ? " for \(entry.tahun)" : "")
                diagnostics.append(.error("'\(entry.kode)' is already reported\(named) at line \(firstLine)", at: entry.location))
                continue
            }
            firstLines[period][ordinal] = entry.location.line
            entries.append(entry)
        }
        return (diagnostics.isEmpty ? entries : [], diagnostics)
    }

    /// Column name (lower-cased) to index; `nil` after reporting when a column is missing,
    /// unknown or repeated.
    private func columnIndex(of table: CSVTable, diagnostics: inout [Diagnostic]) -> [String: Int]? {
        let header = table.header
        var index: [String: Int] = [:]
        var valid = true
        for (position, field) in header.enumerated() {
            let name = table.trimmedValue(of: field).lowercased()
            let location = SourceLocation(file: file, line: field.line, column: field.column)
            if !kind.columns.contains(name) {
                diagnostics.append(.error("unknown column \(Excerpt.quoted(table.value(of: field)))" + Suggestion.hint(for: name, among: kind.columns), at: location))
                valid = false
            } else if index[name] != nil {
                diagnostics.append(.error("column '\(name)' appears twice", at: location))
                valid = false
            } else {
                index[name] = position
            }
        }
        let headerLocation = SourceLocation(file: file, line: header.first?.line ?? 1, column: 1)
        for column in kind.columns where index[column] == nil {
            diagnostics.append(.error("missing column '\(column)'", at: headerLocation))
            valid = false
        }
        return valid ? index : nil
    }

    /// Which period a row reports, 0-5: its quarter (1-4; `readRow` drops a row whose quarter
    /// is not 1-4), else 0 for year n-2 and 5 for n-3, which only the ringkas layout reads.
    private func period(of entry: RealisasiEntry) -> Int {
        if let quarter = entry.triwulan { return quarter }
        return entry.tahun == tahun.map { $0 - 3 } ? 5 : 0
    }

    /// The row's entry (`nil` when the row has a problem) and its code's registration ordinal
    /// (`nil` for a code the spec does not define). `guess` is the ordinal its code likely has.
    private func readRow(_ cells: inout RowCells, columns: ColumnPositions, guessing guess: Int) -> (entry: RealisasiEntry?, ordinal: Int?) {
        let year = cells.integer(at: columns.tahun, name: "tahun")
        if let year, let tahun {
            let expected = kind.expectedYears(forPlanYear: tahun, layout: layout)
            if !expected.contains(year) {
                let years = expected.map(String.init).joined(separator: " or ")
                cells.error("tahun \(year) is not \(years): \(kind.yearsMeaning(layout: layout)) (n = \(tahun))", at: columns.tahun)
            }
        }
        var triwulan: Int?
        if kind == .triwulan, let position = columns.triwulan {
            triwulan = cells.integer(at: position, name: "triwulan")
            if let quarter = triwulan, !(1...4).contains(quarter) {
                cells.error("triwulan \(quarter) is not 1-4", at: position)
            }
        }
        // Looked up once: every row asks for the code's kind and, for indicators, its unit.
        let (kode, registered) = code(at: columns.kode, of: cells, guessing: guess)
        var k: Decimal?
        var rp: Money?
        switch registered?.kind {
        case .indikator:
            k = cells.number(at: columns.k, convention: convention)
            if registered?.isPercentIndicator == true, let value = k, !value.isPercentage {
                cells.error("percentage \(value) for '\(kode)' is out of 0...100", at: columns.k)
            }
            cells.requireEmpty(at: columns.rp, because: "'\(kode)' is an indicator: its realisation goes in 'k'")
        case .kegiatan:
            if let amount = cells.number(at: columns.rp, convention: convention) {
                if amount.isBelowZero {
                    cells.error("negative rp \(amount) for '\(kode)'", at: columns.rp)
                }
                rp = Money(amount)
            }
            cells.requireEmpty(at: columns.k, because: "'\(kode)' is a kegiatan: its realisation goes in 'rp'; K belongs to its indicators")
        case .program:
            cells.error("'\(kode)' is a programme: its Rp is computed as the sum of its kegiatan, "
                        + "and its K is reported through its indicators' codes", at: columns.kode)
        case .tujuan, .sasaran:
            cells.error("'\(kode)' is a \(registered?.kind.rawValue ?? "") code; a row reports an indicator or a kegiatan", at: columns.kode)
        case nil:
            let known = codes.codes(of: [.indikator, .kegiatan])
            let message = kode.isEmpty ? "missing kode" : "unknown code \(Excerpt.quoted(kode))" + Suggestion.hint(for: kode, among: known)
            cells.error(message, at: columns.kode)
        }
        // Any problem in the row has been reported; the row itself is dropped.
        guard cells.diagnostics.isEmpty, let year, let registered else { return (nil, registered?.ordinal) }
        let entry = RealisasiEntry(tahun: year, triwulan: triwulan, kode: kode, k: k, rp: rp,
                                   location: cells.location(of: cells.line(at: columns.kode)))
        return (entry, registered.ordinal)
    }

    /// The code in the cell at `position` (trimmed) and what the spec says of it; tried first
    /// as the code registered at `guess`, whose text then serves as the row's (the same bytes).
    /// Not private: `GuessDifferentialTests` checks that every guess gives what the lookup by
    /// text gives.
    func code(at position: Int, of cells: RowCells, guessing guess: Int)
        -> (kode: String, registered: CodeRegistry.Summary?) {
        cells.withTrimmedUTF8(at: position) { trimmed in
            if let found = codes.summary(ofUTF8: trimmed, ifRegisteredAt: guess) { return (found.code, found.summary) }
            // Missed: the text is made from the bytes already trimmed, as `trimmedValue(of:)`
            // gives it, without making and trimming a padded cell's text a second time.
            let kode = String(decoding: trimmed, as: UTF8.self)
            return (kode, codes.summary(of: kode))
        }
    }
}
