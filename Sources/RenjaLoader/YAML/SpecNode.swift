/// One value of the plan spec's YAML, as the spec readers see it: a scalar's text, whether it
/// was plain (unquoted, not a block), and where each value starts. Aliases are already the
/// node they name. Tags and styles beyond "plain" are not kept: every reader decides from the
/// text and plainness (numbers, nulls), so a tag would be weight without a reader.
///
/// Why not `Yams.Node`: every Yams scalar carries a `Tag` instance (with a resolver and a
/// constructor), an optional `Mark`, a style and a weak anchor, and every copy of a node retains
/// them; the spec readers copy nodes at every field they look up.
enum SpecNode {
    case scalar(SpecScalar)
    /// A list's items.
    case sequence([SpecNode], at: YAMLPosition)
    /// A mapping's entries in document order; a key may be any node (`? [k] : v`).
    case mapping([(key: SpecNode, value: SpecNode)], at: YAMLPosition)

    /// Where the value starts (for an alias: where the anchored value starts, as in Yams).
    var position: YAMLPosition {
        switch self {
        case .scalar(let scalar): return scalar.position
        case .sequence(_, let position), .mapping(_, let position): return position
        }
    }

    /// The scalar, when this is one.
    var scalar: SpecScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// Whether this is a scalar whose text is `text`, tested in place (a copy of the scalar
    /// retained and released its text). Texts are equal as Swift's `==` has them, canonical
    /// equivalents included (`caf\u{E9}` and `cafe\u{301}`), as Yams' duplicate-key check does.
    func isScalar(withText text: String) -> Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.text == text
    }

    /// Whether this is a scalar whose text is the field name `name`, tested in place; see
    /// `isText(_:fieldName:)`.
    func isScalar(withFieldName name: String) -> Bool {
        guard case .scalar(let scalar) = self else { return false }
        return Self.isText(scalar.text, fieldName: name)
    }

    /// Whether `text` equals `name`, a field name the spec readers know: lowercase ASCII
    /// letters, digits and `_`. The UTF-8 lengths are compared first: every field read compares
    /// keys, most pairs differ in length, and unequal strings were compared by a call into the
    /// standard library (equal ones are found inline).
    ///
    /// Exact only for such names. `==` treats canonically equivalent texts as equal, whatever
    /// their lengths, but a text equivalent to lowercase ASCII is that ASCII itself: the only
    /// non-ASCII scalars that decompose to ASCII are U+212A KELVIN SIGN (`K`), U+037E (`;`)
    /// and U+1FEF (`` ` ``), none of them a letter, digit or `_` of a field name, and an ASCII
    /// character followed by a combining mark is not equivalent to the character alone. Two
    /// arbitrary keys must be compared with `==` (`isScalar(withText:)`).
    static func isText(_ text: String, fieldName name: String) -> Bool {
        assert(name.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0.isASCIIDigit || $0 == UInt8(ascii: "_") },
               "'\(name)' is not a field name: the length shortcut would miss canonical equivalents")
        return text.utf8.count == name.utf8.count && text == name
    }

    /// Whether this is a plain YAML null: the words of Yams' `NSNull.construct(from:)` (`~`,
    /// `null`, `Null`, `NULL` or nothing), unquoted.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.isPlain else { return false }
        // Ruled out on length and first byte before any word is compared: every field read
        // asks, almost no scalar is null, and each failed comparison with a word went through
        // the standard library's general string comparison.
        let utf8 = scalar.text.utf8
        guard let first = utf8.first else { return true }
        guard utf8.count <= 4, first == UInt8(ascii: "~") || first == UInt8(ascii: "n") || first == UInt8(ascii: "N") else { return false }
        switch scalar.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
