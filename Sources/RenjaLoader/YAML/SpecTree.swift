/// The plan spec's composed YAML: its root and, in three arrays, the scalars' texts, the
/// lists' items and the mappings' entries, each list's or mapping's children side by side
/// (`SpecNode.start`, `SpecNode.count`). An alias's node is its anchor's node again, sharing
/// its children, when `YAMLComposer` built the tree; converted from Yams' tree (the texts it
/// defers, `SpecTreeBuilder.add(_:)`), an alias's subtree is a copy, added again wherever Yams
/// repeats the anchored node. Readers cannot tell the two apart. Built by `SpecTreeBuilder`;
/// read by `SpecReader` and `MappingFields`.
///
/// A class: readers keep it while they read, and each `MappingFields` refers to it; as a
/// struct every copy retained its three arrays.
final class SpecTree {
    let root: SpecNode
    private let texts: [String]
    private let items: [SpecNode]
    private let entries: [(key: SpecNode, value: SpecNode)]

    init(root: SpecNode, texts: [String], items: [SpecNode], entries: [(key: SpecNode, value: SpecNode)]) {
        (self.root, self.texts, self.items, self.entries) = (root, texts, items, entries)
    }

    /// A scalar's text; `nil` for a list or a mapping.
    func text(of node: SpecNode) -> String? {
        node.kind == .scalar ? texts[node.start] : nil
    }

    /// A list's items; none for a scalar or a mapping.
    func items(of node: SpecNode) -> ArraySlice<SpecNode> {
        node.kind == .sequence ? items[node.start..<(node.start + node.count)] : []
    }

    /// A mapping's entries in document order (a key may be any node: `? [k] : v`); none for a
    /// scalar or a list.
    func entries(of node: SpecNode) -> ArraySlice<(key: SpecNode, value: SpecNode)> {
        node.kind == .mapping ? entries[node.start..<(node.start + node.count)] : []
    }

    /// Whether `node` is a scalar whose text is the field name `name`, tested in place; see
    /// `SpecNode.isText(_:fieldName:)`.
    func isScalar(_ node: SpecNode, withFieldName name: String) -> Bool {
        node.kind == .scalar && SpecNode.isText(texts[node.start], fieldName: name)
    }

    /// The value of the last entry of `mapping` whose key is the field name `name`, or `nil`.
    /// The last wins: Yams lets two keys share a text when their tags differ (`'1'` and `1`).
    /// By index: the entries are plain values, and a search through a slice retained and
    /// released the array.
    func value(ofField name: String, in mapping: SpecNode) -> SpecNode? {
        guard mapping.kind == .mapping else { return nil }
        var index = mapping.start + mapping.count
        while index > mapping.start {
            index -= 1
            if isScalar(entries[index].key, withFieldName: name) { return entries[index].value }
        }
        return nil
    }
}
