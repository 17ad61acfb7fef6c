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
    /// retained and released its text).
    func isScalar(withText text: String) -> Bool {
        guard case .scalar(let scalar) = self else { return false }
        return Self.sameText(scalar.text, text)
    }

    /// Whether two key texts are equal, their UTF-8 lengths compared first. Every field read
    /// compares keys, most pairs of keys differ in length, and unequal strings were compared
    /// by a call into the standard library (equal ones are found inline).
    static func sameText(_ text: String, _ other: String) -> Bool {
        text.utf8.count == other.utf8.count && text == other
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
