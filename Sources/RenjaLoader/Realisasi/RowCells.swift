import Foundation
import RenjaModel

/// The cells of one CSV row by column position, and the problems found in them.
struct RowCells {
    var row: [CSVField]
    var file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(row: [CSVField], file: String) {
        self.row = row
        self.file = file
    }

    /// The cell at `position`; every row is as long as the header (`CSVReader` checks).
    subscript(position: Int) -> CSVField { row[position] }

    /// Where a row starts (its first cell).
    func location(of line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: row.first?.column ?? 1)
    }

    mutating func error(_ message: String, at field: CSVField, offset: Int? = nil) {
        let column = offset.map(field.column(atOffset:)) ?? field.column
        diagnostics.append(.error(message, at: SourceLocation(file: file, line: field.line, column: column)))
    }

    /// A whole number cell such as `2019` or `3`.
    mutating func integer(_ field: CSVField, name: String) -> Int? {
        // One pass over the bytes; at most nine ASCII digits: no overflow, and no need for
        // `Int(String)`'s general parsing.
        var value = 0
        var digits = 0
        for byte in Whitespace.trimmed(field.value).utf8 {
            guard byte.isASCIIDigit, digits < 9 else { return notAnInteger(field, name: name) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : notAnInteger(field, name: name)
    }

    private mutating func notAnInteger(_ field: CSVField, name: String) -> Int? {
        error("expected a whole number for '\(name)', found \(Excerpt.quoted(field.value))", at: field)
        return nil
    }

    /// A number in the project's convention; `nil` when not reported or wrong (then reported).
    mutating func number(_ field: CSVField, convention: Settings.NumberConvention) -> Decimal? {
        switch NumberParser.parse(field.value[...], convention: convention) {
        case .success(let value):
            return value
        case .failure(let problem):
            error("malformed number \(Excerpt.quoted(field.value)): \(problem.message)", at: field, offset: problem.offset)
            return nil
        }
    }

    /// A cell that must be empty (or `-`) for this kind of code. The reason is built only
    /// when it is not: every row asks.
    mutating func requireEmpty(_ field: CSVField, because reason: @autoclosure () -> String) {
        let text = Whitespace.trimmed(field.value)
        if !text.isEmpty, text != "-" { error("this cell must be empty: \(reason())", at: field) }
    }
}
