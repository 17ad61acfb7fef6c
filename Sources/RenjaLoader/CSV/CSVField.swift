/// One cell of a CSV file, with where it starts (1-based; the column counts unicode scalars
/// and points at the opening quote of a quoted field).
struct CSVField: Equatable, Sendable {
    var value: String
    var line: Int
    var column: Int
    /// Whether the field was written in quotes: its text then starts one column later.
    var quoted = false

    /// The column of the character at `offset` (in unicode scalars) within the value, for
    /// positioning an error inside the field (exact unless a quoted field spans lines).
    func column(atOffset offset: Int) -> Int { column + (quoted ? 1 : 0) + offset }
}
