import Yams

extension SpecTreeBuilder {
    /// Adds the tree Yams composed, for the documents `YAMLComposer` defers to Yams and Yams
    /// accepts. Shared (aliased) subtrees are added again, so the caller checks the alias
    /// expansion budget on Yams' tree first.
    mutating func add(_ node: Node) -> SpecNode {
        let position = YAMLPosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return self.scalar(scalar.string, isPlain: scalar.style == .plain, at: position)
        case .sequence(let sequence):
            let mark = itemsMark
            for item in sequence {
                let itemNode = add(item)
                appendItem(itemNode)
            }
            return self.sequence(itemsSince: mark, at: position)
        case .mapping(let mapping):
            let mark = entriesMark
            for (key, value) in mapping {
                let keyNode = add(key)
                let valueNode = add(value)
                appendEntry(key: keyNode, value: valueNode)
            }
            return self.mapping(entriesSince: mark, at: position)
        case .alias(let alias):
            // Yams' composer returns the anchored node for every alias (`Parser.loadAlias`);
            // an `.alias` node only comes from its representer. Kept as the text it was.
            return self.scalar("*\(alias.anchor.rawValue)", isPlain: false, at: position)
        }
    }
}
