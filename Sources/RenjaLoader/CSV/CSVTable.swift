import RenjaModel

/// A CSV file read strictly: its header and its data rows, every row as long as the header.
///
/// The rows' fields are kept in one array, row after row (an array per row cost an allocation
/// and its release for every line), and their texts in the file's own bytes. A class: every
/// row's cells refer to the table, and copying its four arrays per row cost a retain and a
/// release of each.
final class CSVTable: Sendable {
    /// The file's bytes after any byte-order mark, indexed from 0 by unquoted fields.
    let bytes: ArraySlice<UInt8>
    /// The contents of the quoted fields, doubled quotes undone, which they index.
    let quotedBytes: [UInt8]
    let header: [CSVField]
    /// Every data row's fields in order, `header.count` of them per row.
    let fields: [CSVField]

    init(bytes: ArraySlice<UInt8>, quotedBytes: [UInt8], header: [CSVField], fields: [CSVField]) {
        (self.bytes, self.quotedBytes, self.header, self.fields) = (bytes, quotedBytes, header, fields)
    }

    /// How many data rows there are: `fields` holds `header.count` fields per row. Read them
    /// through `RowCells`.
    var rowCount: Int { header.isEmpty ? 0 : fields.count / header.count }

    /// Calls `body` with the UTF-8 text of `field`, a field of this table.
    func withUTF8<Result>(of field: CSVField, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // Each array's own buffer: a slice picked between the two was a copy, which retained
        // and released the bytes for every cell read (~40 instructions).
        func read(_ source: UnsafeBufferPointer<UInt8>) -> Result {
            // A field of another table could point past these bytes: the rebasing below
            // checks its range in debug builds only.
            precondition(field.range.upperBound <= source.count, "a field used with another table")
            return body(UnsafeBufferPointer(rebasing: source[field.range]))
        }
        return field.quoted ? quotedBytes.withUnsafeBufferPointer(read) : bytes.withUnsafeBufferPointer(read)
    }

    /// Calls `body` with the UTF-8 text of `field` without white space at either end (as
    /// `trimmedValue(of:)` gives it), in place when the field is known to be trimmed.
    func withTrimmedUTF8<Result>(of field: CSVField, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if field.isTrimmed { return withUTF8(of: field, body) }
        var trimmed = Whitespace.trimmed(value(of: field))
        return trimmed.withUTF8(body)
    }

    /// The text of `field`.
    func value(of field: CSVField) -> String { withUTF8(of: field) { String(decoding: $0, as: UTF8.self) } }

    /// The text of `field` without white space at either end, as `Whitespace.trimmed` gives it.
    func trimmedValue(of field: CSVField) -> String {
        field.isTrimmed ? value(of: field) : Whitespace.trimmed(value(of: field))
    }

    /// Whether the text of `field` is nothing but white space (`Whitespace.isBlank`).
    func isBlank(_ field: CSVField) -> Bool {
        field.isTrimmed ? field.range.isEmpty : Whitespace.isBlank(value(of: field))
    }
}
