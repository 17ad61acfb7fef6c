/// White space as the plan's texts are trimmed of it: tab, the Unicode space separators
/// (general category Zs) and the zero-width space U+200B, exactly Foundation's
/// `CharacterSet.whitespaces` on this toolchain (its documentation omits U+200B), without
/// `trimmingCharacters(in:)`, which bridged every string through `NSString` (two thirds of
/// reading a realisation CSV). `WhitespaceTests` compares every scalar with Foundation's set.
public enum Whitespace {
    /// Whether `scalar` is white space. The no-break spaces (U+00A0, U+202F) and the
    /// zero-width space are: spreadsheets and web pages paste them around numbers.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `text` without white space at either end, trimmed by unicode scalars (a combining mark
    /// after a leading space stays, as with `trimmingCharacters(in:)`).
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, contains(scalars[start]) { scalars.formIndex(after: &start) }
        while start < end {
            let last = scalars.index(before: end)
            guard contains(scalars[last]) else { break }
            end = last
        }
        if start == scalars.startIndex, end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    /// Whether `text` holds nothing but white space.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }
}
