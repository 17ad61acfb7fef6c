/// Builds a `SpecTree` depth first, as a composer meets the values: a scalar at once, a list
/// or a mapping once all its children are built. The children of the lists and mappings still
/// open wait on two stacks; a closed one's children move to the tree's arrays side by side.
struct SpecTreeBuilder {
    private var texts: [String] = []
    private var items: [SpecNode] = []
    private var entries: [(key: SpecNode, value: SpecNode)] = []
    /// The items of the open lists, innermost last.
    private var openItems: [SpecNode] = []
    /// The entries of the open mappings, innermost last.
    private var openEntries: [(key: SpecNode, value: SpecNode)] = []

    /// A builder with room for the tree of a spec of `sourceBytes` bytes, as the generated
    /// and seed specs use them (one text per 14 bytes, an entry per 24, an item per 90): the
    /// arrays of a 140 KB spec grew 14 times, each time copied whole. The tree keeps whatever
    /// room its spec did not use, for as long as it is read: a spec of the largest size
    /// (`ProjectLoader.maximumFileSize`, 4 MiB) that is mostly one block scalar holds ~16 MB
    /// of unused room.
    init(sourceBytes: Int = 0) {
        texts.reserveCapacity(sourceBytes / 10)
        entries.reserveCapacity(sourceBytes / 20)
        items.reserveCapacity(sourceBytes / 64)
    }

    /// A scalar with `text` (decoded from the UTF-8 `bytes`, when the caller has them), written
    /// plain or not, starting at `position`; a null when it is plain and
    /// `SpecNode.isNullWord(_:decodedFrom:)` says so.
    // Inlined, as `SpecNode.isNullWord(_:decodedFrom:)` says why.
    @inline(__always)
    mutating func scalar(_ text: String, decodedFrom bytes: UnsafeBufferPointer<UInt8>? = nil, isPlain: Bool, at position: YAMLPosition) -> SpecNode {
        texts.append(text)
        return SpecNode(
            kind: .scalar, isPlain: isPlain, isNull: isPlain && SpecNode.isNullWord(text, decodedFrom: bytes), position: position,
            start: texts.count - 1, count: 0)
    }

    /// A scalar's text; `nil` for a list or a mapping (a key may be either). The one reader
    /// of a node's text while the tree is built.
    func text(ofKey node: SpecNode) -> String? {
        node.kind == .scalar ? texts[node.start] : nil
    }

    /// Where a list opened now starts its items, for `sequence(itemsSince:at:)`.
    var itemsMark: Int { openItems.count }

    /// Adds an item to the innermost open list.
    mutating func appendItem(_ item: SpecNode) {
        openItems.append(item)
    }

    /// Closes the list whose items were appended since `mark`.
    mutating func sequence(itemsSince mark: Int, at position: YAMLPosition) -> SpecNode {
        let node = SpecNode(kind: .sequence, isPlain: false, isNull: false, position: position, start: items.count, count: openItems.count - mark)
        // One append per item: appending the slice went through the general sequence copy
        // (~600 instructions a list).
        for index in mark..<openItems.count { items.append(openItems[index]) }
        openItems.removeLast(node.count)
        return node
    }

    /// Where a mapping opened now starts its entries, for `mapping(entriesSince:at:)`.
    var entriesMark: Int { openEntries.count }

    /// Adds an entry to the innermost open mapping.
    mutating func appendEntry(key: SpecNode, value: SpecNode) {
        openEntries.append((key, value))
    }

    /// The number of entries appended since `mark`.
    func entryCount(since mark: Int) -> Int {
        openEntries.count - mark
    }

    /// Whether one of the keys appended since `mark` is a scalar whose text equals `text` as
    /// `==` has it (canonical equivalents included).
    func hasKey(withText text: String, since mark: Int) -> Bool {
        openEntries[mark...].contains { self.text(ofKey: $0.key) == text }
    }

    /// The texts of the scalar keys appended since `mark`.
    func keyTexts(since mark: Int) -> [String] {
        openEntries[mark...].compactMap { text(ofKey: $0.key) }
    }

    /// Closes the mapping whose entries were appended since `mark`.
    mutating func mapping(entriesSince mark: Int, at position: YAMLPosition) -> SpecNode {
        let node = SpecNode(kind: .mapping, isPlain: false, isNull: false, position: position, start: entries.count, count: openEntries.count - mark)
        // One append per entry, as for a list's items.
        for index in mark..<openEntries.count { entries.append(openEntries[index]) }
        openEntries.removeLast(node.count)
        return node
    }

    /// The tree whose root is `root`, once every list and mapping is closed.
    consuming func tree(root: SpecNode) -> SpecTree {
        assert(openItems.isEmpty && openEntries.isEmpty, "a list or mapping is still open")
        return SpecTree(root: root, texts: texts, items: items, entries: entries)
    }
}
