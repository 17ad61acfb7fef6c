import RenjaXML

/// What a template names in its own text, found once when it is parsed: the `xml:id`s it
/// writes, and the keys of the spec's `teks` it refers to.
struct TemplateNames: Sendable {
    private(set) var ids: Set<String> = []
    private(set) var teksKeys: Set<String> = []

    init(root: XMLElement) {
        collect(root)
    }

    private mutating func collect(_ element: XMLElement) {
        for attribute in element.attributes {
            if attribute.name == "xml:id" {
                ids.insert(attribute.value)
            } else {
                noteTeksKeys(in: attribute.value)
            }
        }
        for child in element.children {
            switch child {
            case .element(let inner): collect(inner)
            case .text(let text, _): noteTeksKeys(in: text)
            }
        }
    }

    /// Every `teks.<key>` of `text`, in a placeholder (`{{teks.review_rkpd}}`) or a path
    /// attribute (`select="teks.latar_belakang"`). Prose that happens to write `teks.x` adds
    /// a key too, which can only keep a warning back. By UTF-8 bytes: searching every text of
    /// every template by Characters (`ranges(of:)`) cost 18 M instructions a process, a third
    /// of building the seed.
    private mutating func noteTeksKeys(in text: String) {
        var text = text
        text.withUTF8 { bytes in
            let prefix: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0x74, 0x65, 0x6B, 0x73, 0x2E)  // "teks."
            var index = 0
            while index + 5 <= bytes.count {
                // From one "." to the next: a byte search, then five bytes compared.
                guard let found = bytes[index...].firstIndex(of: prefix.4) else { return }
                index = found + 1
                guard found >= 4, bytes[found - 4] == prefix.0, bytes[found - 3] == prefix.1, bytes[found - 2] == prefix.2,
                      bytes[found - 1] == prefix.3
                else { continue }
                // `p.teks.x` is a field of another record, `diteks.x` no reference.
                let start = found - 4
                if start > 0, Self.isNameByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") { continue }
                var keyEnd = index
                while keyEnd < bytes.count, Self.isNameByte(bytes[keyEnd]) { keyEnd += 1 }
                // Non-ASCII bytes may be letters of the key or punctuation after it: Characters decide.
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<keyEnd]), as: UTF8.self).prefix(while: PlaceholderText.isNameCharacter)
                if !key.isEmpty { teksKeys.insert(String(key)) }
            }
        }
    }

    /// A byte of a name: ASCII letters, digits, `_`, `-`, or any byte of a non-ASCII character.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), 0x80...:
            true
        default:
            false
        }
    }
}
