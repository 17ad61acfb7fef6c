/// A line and column in a text as diagnostics print them: both counted from 1, the column in
/// Unicode scalars.
struct TextPosition {
    var line = 1
    var column = 1

    /// Moves past `scalar`: a line feed starts the next line.
    mutating func advance(past scalar: Unicode.Scalar) {
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
}
