/// A CSV file read strictly: its header and its data rows, every row as long as the header.
struct CSVTable: Equatable, Sendable {
    var header: [CSVField]
    var rows: [[CSVField]]
}
