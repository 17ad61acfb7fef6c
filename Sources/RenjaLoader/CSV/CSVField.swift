import RenjaModel

/// One cell of a CSV file, with where it starts (1-based; the column counts unicode scalars
/// and points at the opening quote of a quoted field).
struct CSVField: Equatable, Sendable {
    var value: String
    var line: Int
    var column: Int
    /// Whether the value is known to have no white space at either end (the reader checks
    /// its first and last byte): every row trims several cells, and walking the unicode
    /// scalars of each cost more than reading the row.
    var isTrimmed: Bool
    /// Whether the field was written in quotes: its text then starts one column later.
    var quoted = false

    /// The column of the character at `offset` (in unicode scalars) within the value, for
    /// positioning an error inside the field (exact unless a quoted field spans lines).
    func column(atOffset offset: Int) -> Int { column + (quoted ? 1 : 0) + offset }
}

extension CSVField {
    /// The value without white space at either end, as `Whitespace.trimmed` gives it; the
    /// value itself when the reader saw that it has none there (`isTrimmed`).
    var trimmedValue: String { isTrimmed ? value : Whitespace.trimmed(value) }

    /// Whether the value is nothing but white space (`Whitespace.isBlank`).
    var isBlank: Bool { isTrimmed ? value.isEmpty : Whitespace.isBlank(value) }

    /// Whether `bytes` (a field's UTF-8) is empty or starts and ends with an ASCII character
    /// other than space and tab. An ASCII byte is a unicode scalar of its own, and tab and
    /// space are the only ASCII scalars `Whitespace` contains: such a value has nothing to trim.
    static func hasNoWhitespaceAtEitherEnd(_ bytes: some BidirectionalCollection<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        return isNonBlankASCII(first) && isNonBlankASCII(last)
    }

    private static func isNonBlankASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
    }
}
