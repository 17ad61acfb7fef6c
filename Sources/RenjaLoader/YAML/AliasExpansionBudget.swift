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
