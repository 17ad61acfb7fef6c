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
    /// a key too, which can only keep a warning back.
    private mutating func noteTeksKeys(in text: String) {
        for range in text.ranges(of: "teks.") {
            if range.lowerBound > text.startIndex {
                let before = text[text.index(before: range.lowerBound)]
                if Self.isNameCharacter(before) || before == "." { continue }  // `p.teks.x`: another record's field
            }
            let key = text[range.upperBound...].prefix(while: Self.isNameCharacter)
            if !key.isEmpty { teksKeys.insert(String(key)) }
        }
    }

    /// A character of one name of a path (`PlaceholderText.isName`).
    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
    }
}
