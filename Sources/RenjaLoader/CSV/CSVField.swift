/// One cell of a CSV file: where its text lies among its table's bytes, and where it starts in
/// the file (1-based; the column counts unicode scalars and points at the opening quote of a
/// quoted field).
///
/// The text stays bytes until a string is asked for (`CSVTable.value(of:)`): most cells are
/// numbers read from their bytes, and a string for every cell (and its retains and releases
/// wherever a cell was copied) cost more than scanning the file.
struct CSVField: Sendable {
    /// Where the text lies: in the table's `bytes`, or for a quoted field in its
    /// `quotedBytes` (the content with its doubled quotes undone).
    var range: Range<Int>
    var line: Int
    var column: Int
    /// Whether the field was written in quotes: its text then starts one column later.
    var quoted = false
    /// Whether the text is known to have no white space at either end: it is empty, or starts
    /// and ends with an ASCII character other than space and tab (an ASCII byte is a unicode
    /// scalar of its own, and those two are the only ASCII scalars `Whitespace` contains).
    /// Every row trims several cells, and walking the unicode scalars of each cost more than
    /// reading the row.
    var isTrimmed: Bool

    /// A field whose text is `text`, found at `range`.
    init(text: some BidirectionalCollection<UInt8>, range: Range<Int>, line: Int, column: Int, quoted: Bool = false) {
        (self.range, self.line, self.column, self.quoted) = (range, line, column, quoted)
        isTrimmed = text.first.map(Self.isNonBlankASCII) != false && text.last.map(Self.isNonBlankASCII) != false
    }

    /// The column of the character at `offset` (in unicode scalars) within the value, for
    /// positioning an error inside the field (exact unless a quoted field spans lines).
    func column(atOffset offset: Int) -> Int { column + (quoted ? 1 : 0) + offset }

    private static func isNonBlankASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
    }
}
