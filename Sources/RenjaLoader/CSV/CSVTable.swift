/// A CSV file read strictly: its header and its data rows, every row as long as the header.
///
/// The rows' fields are kept in one array, row after row: an array per row cost an allocation
/// and its release for every line of a file.
struct CSVTable: Equatable, Sendable {
    var header: [CSVField]
    /// Every data row's fields in order, `header.count` of them per row.
    var fields: [CSVField]

    /// The data rows, each a slice of `fields` (indexed from its place in `fields`).
    var rows: LazyMapCollection<Range<Int>, ArraySlice<CSVField>> {
        let width = header.count
        return (0..<(width == 0 ? 0 : fields.count / width)).lazy.map { fields[($0 * width)..<($0 * width + width)] }
    }
}
