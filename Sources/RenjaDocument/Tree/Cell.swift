/// A table cell: inline content, spans and alignment. An empty cell prints "-" only when
/// its content says so; the table builders put the "-" in.
public struct Cell: Equatable, Sendable {
    /// Horizontal alignment; numbers are right-aligned.
    public enum Alignment: String, Equatable, Sendable {
        case left
        case center
        case right
    }

    public var content: [Inline]
    public var columnSpan: Int
    public var rowSpan: Int
    public var alignment: Alignment

    public init(_ content: [Inline], columnSpan: Int = 1, rowSpan: Int = 1, alignment: Alignment = .left) {
        self.content = content
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.alignment = alignment
    }

    /// A cell holding plain text.
    public init(text: String, columnSpan: Int = 1, rowSpan: Int = 1, alignment: Alignment = .left) {
        self.init([.text(text)], columnSpan: columnSpan, rowSpan: rowSpan, alignment: alignment)
    }
}
