/// Where a value sits in the plan spec, as diagnostics name it: `program[2].kegiatan[0]`.
///
/// An item of a list keeps its list's path and its index, and becomes text only when a
/// message or a nested path needs it: every item of every list has a path, and building each
/// as a string cost more than reading most items.
struct SpecPath: CustomStringConvertible, ExpressibleByStringLiteral {
    /// The whole path, or the path of the list when `index` is set.
    private let base: String
    private let index: Int?

    init(_ text: String) {
        (base, index) = (text, nil)
    }

    init(stringLiteral text: String) {
        self.init(text)
    }

    /// The path of item `index` of the list at `list`: `list[index]`.
    init(item index: Int, of list: String) {
        (base, self.index) = (list, index)
    }

    /// Whether this is the empty path, the spec's root.
    var isEmpty: Bool { base.isEmpty && index == nil }

    var description: String { index.map { "\(base)[\($0)]" } ?? base }

    /// The text of the path of the field `key` of the mapping here (`program[2].nama`): a
    /// `String`, not a `SpecPath`, since only messages read a field's path. Built in one
    /// string: making the item's text first and appending to it cost twice.
    func appending(_ key: String) -> String {
        if let index { return "\(base)[\(index)].\(key)" }
        return base.isEmpty ? key : "\(base).\(key)"
    }
}
