import Foundation
import RenjaModel

/// The cells of one CSV row by column position, and the problems found in them. One value
/// reads a whole table, moved from row to row (`move(toRow:)`): a value per row retained the
/// table, the row's fields and the file name, and released them, ~200 instructions a row.
///
/// Cells are named by their position and read in place: copying a cell out of the row for
/// every check cost more than most checks.
struct RowCells {
    /// The table the row belongs to: it holds the cells' texts.
    let table: CSVTable
    let file: String
    /// Where the row's cells start in the table's `fields`.
    private var start = 0
    /// The problems of the current row's cells.
    private(set) var diagnostics: [Diagnostic] = []

    /// The cells of the first data row of `table`.
    init(table: CSVTable, file: String) {
        self.table = table
        self.file = file
    }

    /// Moves to data row `row` (counted from 0 after the header), with no problems found yet.
    mutating func move(toRow row: Int) {
        start = row * table.header.count
        if !diagnostics.isEmpty { diagnostics.removeAll(keepingCapacity: true) }
    }

    /// Whether every cell of the row is blank (a line of only delimiters and white space).
    var isBlank: Bool { table.header.indices.allSatisfy { table.isBlank(field(at: $0)) } }

    /// The cell at `position`; every row is as long as the header (`CSVReader` checks).
    private func field(at position: Int) -> CSVField { table.fields[start + position] }

    /// The text of the cell at `position`.
    func value(at position: Int) -> String { table.value(of: field(at: position)) }

    /// Calls `body` with the UTF-8 text of the cell at `position` without white space at either end.
    func withTrimmedUTF8<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        table.withTrimmedUTF8(of: field(at: position), body)
    }

    /// The line the cell at `position` starts on.
    func line(at position: Int) -> Int { field(at: position).line }

    /// Where a row starts (its first cell).
    func location(of line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: field(at: 0).column)
    }

    /// Reports `message` at the cell at `position`, or at the character `offset` inside it.
    mutating func error(_ message: String, at position: Int, offset: Int? = nil) {
        let cell = field(at: position)
        let column = offset.map(cell.column(atOffset:)) ?? cell.column
        diagnostics.append(.error(message, at: SourceLocation(file: file, line: cell.line, column: column)))
    }

    /// A whole number cell such as `2019` or `3`: one to nine ASCII digits.
    mutating func integer(at position: Int, name: String) -> Int? {
        let cell = field(at: position)
        guard let value = table.withTrimmedUTF8(of: cell, WholeNumber.value(ofDigits:)) else {
            error("expected a whole number for '\(name)', found \(Excerpt.quoted(table.value(of: cell)))", at: position)
            return nil
        }
        return value
    }

    /// A number in the project's convention; `nil` when not reported or wrong (then reported).
    mutating func number(at position: Int, convention: Settings.NumberConvention) -> Decimal? {
        switch table.withUTF8(of: field(at: position), { NumberParser.parse($0, convention: convention) }) {
        case .success(let value):
            return value
        case .failure(let problem):
            let text = value(at: position)
            error("malformed number \(Excerpt.quoted(text)): \(problem.message)" + NumberHint.hint(for: text)
                      + otherConventionHint(at: position, convention: convention),
                  at: position, offset: problem.offset)
            return nil
        }
    }

    /// When the cell is a number in the other convention, says so: the likely mistake is then
    /// the spreadsheet's locale or the project's setting, not the digits.
    private func otherConventionHint(at position: Int, convention: Settings.NumberConvention) -> String {
        guard let other = Settings.NumberConvention.allCases.first(where: { $0 != convention }),
              case .success(.some) = table.withUTF8(of: field(at: position), { NumberParser.parse($0, convention: other) })
        else { return "" }
        return "; it reads as a number under 'pengaturan: angka: \(other.rawValue)', and this project's numbers are '\(convention.rawValue)'"
    }

    /// A cell that must be empty (or `-`) for this kind of code. The reason is built only
    /// when it is not: every row asks.
    mutating func requireEmpty(at position: Int, because reason: @autoclosure () -> String) {
        let cell = field(at: position)
        // Most such cells are empty: no string for them.
        if table.isBlank(cell) || table.trimmedValue(of: cell) == "-" { return }
        error("this cell must be empty: \(reason())", at: position)
    }
}
