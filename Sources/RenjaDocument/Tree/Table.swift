/// A table with banded header rows, row and column spans and an optional landscape page.
public struct Table: Equatable, Sendable {
    /// Stable anchor, e.g. `tc-29`.
    public var id: String
    /// The label printed before the number, e.g. `Tabel`.
    public var label: String
    /// Assigned by `DocumentNumbering` for chapter tables (`2.1`); a standard form keeps its
    /// fixed name (`T-C.29`) here from the start.
    public var number: String?
    /// The title lines under the label ("Rekapitulasi Evaluasi ...", "Kabupaten Lumajang").
    public var caption: [String]
    /// Relative column widths (one per column); empty means equal widths.
    public var columnWidths: [Int]
    /// Header rows, repeated on every printed page.
    public var header: [Row]
    public var body: [Row]
    /// Wide forms (T-C.29, T-C.31, T-C.33) print on landscape pages.
    public var landscape: Bool

    public init(
        id: String, label: String = "Tabel", number: String? = nil, caption: [String], columnWidths: [Int] = [],
        header: [Row], body: [Row], landscape: Bool = false
    ) {
        self.id = id
        self.label = label
        self.number = number
        self.caption = caption
        self.columnWidths = columnWidths
        self.header = header
        self.body = body
        self.landscape = landscape
    }

    /// The number of columns, counting spans, of the first header row (or body row).
    public var columnCount: Int {
        (header.first ?? body.first)?.cells.reduce(0) { $0 + $1.columnSpan } ?? 0
    }
}
