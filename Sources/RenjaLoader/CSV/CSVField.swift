/// One cell of a CSV file, with where it starts (1-based; the column counts unicode scalars
/// and points at the opening quote of a quoted field).
struct CSVField: Equatable, Sendable {
    var value: String
    var line: Int
    var column: Int
}
