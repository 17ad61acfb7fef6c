/// White space in template text, by Unicode's definition (`Character.isWhitespace`). Template
/// text is nearly all ASCII, where that white space is space, tab, LF, VT, FF and CR: such text
/// is read by bytes, which costs a fraction of stepping through Characters (the fill stage met
/// every character of every template on every build); other text takes the Character path.
enum TemplateWhiteSpace {
    /// Whether `text` is white space only (or empty).
    static func isBlank(_ text: String) -> Bool {
        withASCII(text) { $0.allSatisfy(isWhiteSpace) } ?? text.allSatisfy(\.isWhitespace)
    }

    /// The UTF-8 text `bytes` with each run of white space as one space: straight from a
    /// template text's bytes, without a String of the run as written.
    static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.isASCII else { return foldedByCharacters(String(decoding: bytes, as: UTF8.self)) }
        return String(unsafeUninitializedCapacity: bytes.count) { folded in
            var count = 0
            var inWhiteSpace = false
            for byte in bytes {
                let isSpace = isWhiteSpace(byte)
                if !isSpace || !inWhiteSpace {
                    folded[count] = isSpace ? UInt8(ascii: " ") : byte
                    count += 1
                }
                inWhiteSpace = isSpace
            }
            return count
        }
    }

    /// `text` without the space Characters (U+0020) at its start. By bytes when an ASCII byte
    /// (or nothing) follows the spaces, so that none of them is part of a larger Character (a
    /// space and a combining mark are one); otherwise by Characters.
    static func droppingLeadingSpaces(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.first == space else { return text }
        let start = utf8.firstIndex { $0 != space } ?? utf8.endIndex
        guard start == utf8.endIndex || utf8[start] < 0x80 else { return String(text.drop { $0 == " " }) }
        return String(Substring(utf8[start...]))
    }

    /// `text` without the space Characters at its end. By bytes when the byte before the spaces
    /// is ASCII, so that the first of them starts a Character of its own (after a prepended mark
    /// it would not); otherwise searched by Characters from the end: reversing the whole
    /// paragraph twice was a tenth of a build's instructions (docs/performance.md).
    static func droppingTrailingSpaces(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.last == space else { return text }
        guard let last = utf8.lastIndex(where: { $0 != space }) else { return "" }
        guard utf8[last] < 0x80 else {
            let end = text.lastIndex { $0 != " " }.map(text.index(after:)) ?? text.startIndex
            return String(text[..<end])
        }
        return String(Substring(utf8[...last]))
    }

    private static let space = UInt8(ascii: " ")

    /// `body` over the UTF-8 of `text` when it is all ASCII, else `nil`. Through the contiguous
    /// bytes: String.UTF8View's iterator cost several times as much per byte.
    private static func withASCII<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var contiguous = text
        return contiguous.withUTF8 { bytes in bytes.isASCII ? body(bytes) : nil }
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
    }

    private static func foldedByCharacters(_ text: String) -> String {
        var folded = ""
        var inWhiteSpace = false
        for character in text {
            if character.isWhitespace {
                if !inWhiteSpace { folded.append(" ") }
                inWhiteSpace = true
            } else {
                folded.append(character)
                inWhiteSpace = false
            }
        }
        return folded
    }
}
