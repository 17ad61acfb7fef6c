/// One value of the plan spec's YAML, as the spec readers see it: its kind, whether a scalar
/// was plain (unquoted, not a block) and whether it is a null, where it starts, and where its
/// text or children lie in its `SpecTree`. Aliases are already the node they name. Tags and
/// styles beyond "plain" are not kept: every reader decides from the text and plainness
/// (numbers, nulls), so a tag would be weight without a reader.
///
/// A plain value without references: copying a node, storing it or dropping it costs no
/// reference counting, and the tree is freed as a few arrays, not node by node (an enum with
/// one array per list or mapping and a `String` per scalar was retained and released at every
/// field the readers looked up, and torn down node by node).
///
/// Why not `Yams.Node`: every Yams scalar carries a `Tag` instance (with a resolver and a
/// constructor), an optional `Mark`, a style and a weak anchor, and every copy of a node
/// retains them.
struct SpecNode {
    enum Kind {
        case scalar, sequence, mapping
    }

    let kind: Kind
    /// A scalar written unquoted and not as a block scalar (`|`, `>`); `false` for lists and
    /// mappings.
    let isPlain: Bool
    /// Whether this is a plain YAML null: the words of Yams' `NSNull.construct(from:)` (`~`,
    /// `null`, `Null`, `NULL` or nothing), unquoted. Decided once, when the node is made:
    /// every field read asks.
    let isNull: Bool
    // Four 32-bit numbers: a node is 20 bytes, not 40, and the tree's arrays of entries and
    // items are copied half as much while they grow. A spec has at most
    // `ProjectLoader.maximumFileSize` (4 MiB) bytes, so its lines, columns, texts and children
    // are fewer than that; and the Yams road, whose aliases are copied, is taken only within
    // the alias expansion budget (`YAMLSource`).
    private let line: Int32
    private let column: Int32
    private let first: Int32
    private let size: Int32

    init(kind: Kind, isPlain: Bool, isNull: Bool, position: YAMLPosition, start: Int, count: Int) {
        (self.kind, self.isPlain, self.isNull) = (kind, isPlain, isNull)
        (line, column) = (Int32(clamping: position.line), Int32(clamping: position.column))
        // `Int32(_:)` traps beyond that anyway; this says why it cannot happen.
        assert(start <= Int32.max && count <= Int32.max, "more values than a spec of ProjectLoader.maximumFileSize bytes can hold")
        (first, size) = (Int32(start), Int32(count))
    }

    /// Where the value starts (for an alias: where the anchored value starts, as in Yams).
    var position: YAMLPosition { YAMLPosition(line: Int(line), column: Int(column)) }
    /// A scalar's text, a list's first item or a mapping's first entry, as an index into its
    /// tree's texts, items or entries (see `SpecTree`).
    var start: Int { Int(first) }
    /// A list's items or a mapping's entries; 0 for a scalar.
    var count: Int { Int(size) }

    /// Whether `text`, written plain, is a null word (see `isNull`): the one place that decides
    /// it, for both composers. `bytes`, when given, are the UTF-8 that `text` was decoded from.
    /// Decided on the bytes when decoding kept them all (reaching a string's bytes cost ~1 M
    /// instructions more on a generated project's spec); on the text when decoding changed
    /// them: a plain U+FEFF alone decodes to "" (Yams drops a leading byte-order mark), a null,
    /// though its bytes are no null word. Inlined, as `SpecTreeBuilder.scalar` is: as calls they
    /// cost ~0.5 M instructions more.
    @inline(__always)
    static func isNullWord(_ text: String, decodedFrom bytes: UnsafeBufferPointer<UInt8>? = nil) -> Bool {
        if let bytes, bytes.count == text.utf8.count { return isNullWord(utf8: bytes) }
        var text = text
        return text.withUTF8(isNullWord(utf8:))
    }

    /// `isNullWord(_:decodedFrom:)` over UTF-8. Asked of every plain scalar when it is made,
    /// keys included (`nama` has a null word's length and first letter), so decided on bytes:
    /// comparing strings went through the standard library's general string comparison.
    private static func isNullWord(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4:
            let rest = (bytes[1], bytes[2], bytes[3])
            let lower = (UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l"))
            switch bytes[0] {
            case UInt8(ascii: "n"): return rest == lower
            case UInt8(ascii: "N"): return rest == lower || rest == (UInt8(ascii: "U"), UInt8(ascii: "L"), UInt8(ascii: "L"))
            default: return false
            }
        default: return false
        }
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
    /// arbitrary keys must be compared with `==`.
    static func isText(_ text: String, fieldName name: String) -> Bool {
        assert(name.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0.isASCIIDigit || $0 == UInt8(ascii: "_") },
               "'\(name)' is not a field name: the length shortcut would miss canonical equivalents")
        return text.utf8.count == name.utf8.count && text == name
    }
}
