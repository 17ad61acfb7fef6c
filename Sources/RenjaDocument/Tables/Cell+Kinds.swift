/// The few kinds of cells the table builders use, so that alignment is decided in one place.
extension Cell {
    /// A header cell: centred text.
    static func heading(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) -> Cell {
        Cell(text: text, columnSpan: columnSpan, rowSpan: rowSpan, alignment: .center)
    }

    /// A figure (a target, an amount, a percentage): right-aligned.
    static func figure(_ text: String) -> Cell {
        Cell(text: text, alignment: .right)
    }

    /// A row number or a short code: centred.
    static func centered(_ text: String) -> Cell {
        Cell(text: text, alignment: .center)
    }

    /// Running text: left-aligned.
    static func prose(_ text: String, columnSpan: Int = 1) -> Cell {
        Cell(text: text, columnSpan: columnSpan)
    }
}
