/// A line and column in a text as diagnostics print them: both counted from 1, the column in
/// Unicode scalars.
public struct TextPosition: Sendable {
    public var line = 1
    public var column = 1

    /// The start of a text: line 1, column 1.
    public init() {}

    /// Moves past `scalar`: a line feed starts the next line.
    public mutating func advance(past scalar: Unicode.Scalar) {
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
}
