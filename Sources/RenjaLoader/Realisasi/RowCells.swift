import Foundation
import RenjaModel

/// The cells of one CSV row by column position, and the problems found in them.
///
/// Cells are named by their position and read in place: copying a cell out of the row for
/// every check cost more than most checks.
struct RowCells {
    /// The table the row belongs to: it holds the cells' texts.
    let table: CSVTable
    /// The row's fields, a slice of the table's.
    let row: ArraySlice<CSVField>
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(row: ArraySlice<CSVField>, of table: CSVTable, file: String) {
        self.table = table
        self.row = row
        self.file = file
    }

    /// The index in `row` of the cell at `position`; every row is as long as the header
    /// (`CSVReader` checks).
    private func index(_ position: Int) -> Int { row.startIndex + position }

    /// The text of the cell at `position`.
    func value(at position: Int) -> String { table.value(of: row[index(position)]) }

    /// The text of the cell at `position` without white space at either end.
    func trimmedValue(at position: Int) -> String { table.trimmedValue(of: row[index(position)]) }

    /// The line the cell at `position` starts on.
    func line(at position: Int) -> Int { row[index(position)].line }

    /// Where a row starts (its first cell).
    func location(of line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: row.first?.column ?? 1)
    }

    /// Reports `message` at the cell at `position`, or at the character `offset` inside it.
    mutating func error(_ message: String, at position: Int, offset: Int? = nil) {
        let field = row[index(position)]
        let column = offset.map(field.column(atOffset:)) ?? field.column
        diagnostics.append(.error(message, at: SourceLocation(file: file, line: field.line, column: column)))
    }

    /// A whole number cell such as `2019` or `3`: one to nine ASCII digits.
    mutating func integer(at position: Int, name: String) -> Int? {
        let field = row[index(position)]
        guard let value = table.withTrimmedUTF8(of: field, WholeNumber.value(ofDigits:)) else {
            error("expected a whole number for '\(name)', found \(Excerpt.quoted(table.value(of: field)))", at: position)
            return nil
        }
        return value
    }

    /// A number in the project's convention; `nil` when not reported or wrong (then reported).
    mutating func number(at position: Int, convention: Settings.NumberConvention) -> Decimal? {
        switch table.withUTF8(of: row[index(position)], { NumberParser.parse($0, convention: convention) }) {
        case .success(let value):
            return value
        case .failure(let problem):
            error("malformed number \(Excerpt.quoted(value(at: position))): \(problem.message)", at: position, offset: problem.offset)
            return nil
        }
    }

    /// A cell that must be empty (or `-`) for this kind of code. The reason is built only
    /// when it is not: every row asks.
    mutating func requireEmpty(at position: Int, because reason: @autoclosure () -> String) {
        let field = row[index(position)]
        // Most such cells are empty: no string for them.
        if table.isBlank(field) || table.trimmedValue(of: field) == "-" { return }
        error("this cell must be empty: \(reason())", at: position)
    }
}
