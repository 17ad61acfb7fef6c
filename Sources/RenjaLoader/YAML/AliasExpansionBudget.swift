import Yams

/// YAML aliases (`*name`) repeat a node without repeating its text, so a 100 KB spec can
/// stand for gigabytes of text (a list of aliases to a long string, aliases of lists of
/// aliases: the "billion laughs"). Every later stage walks the expanded tree, so the expanded
/// size is bounded here, once: at most as many characters and nodes as the largest file the
/// loader reads. A spec without aliases never exceeds it (each node and character costs at
/// least a byte of source).
struct AliasExpansionBudget {
    var maximumCharacters = ProjectLoader.maximumFileSize
    var maximumNodes = ProjectLoader.maximumFileSize

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
