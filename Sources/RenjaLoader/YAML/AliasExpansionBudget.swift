import Yams

/// YAML aliases (`*name`) repeat a node without repeating its text, so a 100 KB spec can
/// stand for gigabytes of text (a list of aliases to a long string, aliases of lists of
/// aliases: the "billion laughs"). Every later stage walks the expanded tree, so the expanded
/// size is bounded here, once: at most as many characters as the largest file the loader
/// reads, and a million nodes (keys, values, list items). A spec without aliases never
/// exceeds the first (each character costs a byte of source); the second is far above any
/// plan (the Jatiroto spec has about 2 000 nodes, a 4 MiB list of laws 75 000) and keeps the
/// walk itself short: the fuzzer found 4 million nodes taking 2 s in a debug build.
struct AliasExpansionBudget {
    var maximumCharacters = ProjectLoader.maximumFileSize
    var maximumNodes = 1_000_000

    /// The size of a tree with its aliases expanded: its nodes (keys, values, list items) and
    /// the characters (UTF-8 bytes) of its scalars, as `firstNodeOverBudget(in:)` counts them.
    struct Size {
        var nodes = 0
        var characters = 0

        /// Adds `other`, saturating: aliases of aliases multiply sizes past `Int.max`, and a
        /// size that saturates is over any budget (and stays there).
        mutating func add(_ other: Size) {
            nodes = Self.saturatingSum(nodes, other.nodes)
            characters = Self.saturatingSum(characters, other.characters)
        }

        /// The part of this size added since it was `earlier` (exact unless saturated).
        func subtracting(_ earlier: Size) -> Size {
            Size(nodes: nodes - earlier.nodes, characters: characters - earlier.characters)
        }

        private static func saturatingSum(_ first: Int, _ second: Int) -> Int {
            let (sum, overflow) = first.addingReportingOverflow(second)
            return overflow ? .max : sum
        }
    }

    /// Whether a tree of `size` stays within the budget: exactly when
    /// `firstNodeOverBudget(in:)` finds no node, without walking the tree.
    func allows(_ size: Size) -> Bool {
        size.characters <= maximumCharacters && size.nodes <= maximumNodes
    }

    /// The node at which the expanded tree passes the budget, or `nil` when it stays within.
    /// The walk stops there, so it costs at most the budget however large the expansion.
    func firstNodeOverBudget(in root: Node) -> Node? {
        var characters = 0
        var nodes = 0
        var pending = [root]
        while let node = pending.popLast() {
            nodes += 1
            switch node {
            case .scalar(let scalar):
                characters += scalar.string.utf8.count
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            case .alias:
                break
            }
            if characters > maximumCharacters || nodes > maximumNodes { return node }
        }
        return nil
    }
}
