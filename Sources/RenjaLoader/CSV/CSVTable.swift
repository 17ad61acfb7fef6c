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

    /// The data rows, each a slice of `fields` (indexed from its place in `fields`).
    var rows: LazyMapCollection<Range<Int>, ArraySlice<CSVField>> {
        let (fields, width) = (fields, header.count)
        return (0..<(width == 0 ? 0 : fields.count / width)).lazy.map { fields[($0 * width)..<($0 * width + width)] }
    }

    /// Calls `body` with the UTF-8 text of `field`.
    func withUTF8<Result>(of field: CSVField, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let source = field.quoted ? quotedBytes[...] : bytes
        return source.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[field.range])) }
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
