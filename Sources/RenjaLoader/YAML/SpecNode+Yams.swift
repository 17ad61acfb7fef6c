import Yams

extension SpecNode {
    /// The tree Yams composed, for the documents `YAMLComposer` defers to Yams and Yams
    /// accepts. Shared (aliased) subtrees are copied, so the caller checks the alias expansion
    /// budget on Yams' tree first.
    init(_ node: Node) {
        let position = YAMLPosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            self = .scalar(SpecScalar(text: scalar.string, isPlain: scalar.style == .plain, position: position))
        case .sequence(let sequence):
            self = .sequence(sequence.map(SpecNode.init), at: position)
        case .mapping(let mapping):
            self = .mapping(mapping.map { (SpecNode($0.key), SpecNode($0.value)) }, at: position)
        case .alias(let alias):
            // Yams' composer returns the anchored node for every alias (`Parser.loadAlias`);
            // an `.alias` node only comes from its representer. Kept as the text it was.
            self = .scalar(SpecScalar(text: "*\(alias.anchor.rawValue)", isPlain: false, position: position))
        }
    }
}
