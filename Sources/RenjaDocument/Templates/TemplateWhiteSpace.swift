/// White space in template text, by Unicode's definition (`Character.isWhitespace`). Template
/// text is nearly all ASCII, where that white space is space, tab, LF, VT, FF and CR: such text
/// is read by bytes, which costs a fraction of stepping through Characters (the fill stage met
/// every character of every template on every build); other text takes the Character path.
enum TemplateWhiteSpace {
    /// Whether `text` is white space only (or empty).
    static func isBlank(_ text: String) -> Bool {
        guard isASCII(text) else { return text.allSatisfy(\.isWhitespace) }
        return text.utf8.allSatisfy(isWhiteSpace)
    }

    /// `text` with each run of white space as one space.
    static func folded(_ text: String) -> String {
        guard isASCII(text) else { return foldedByCharacters(text) }
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { folded in
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
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
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
