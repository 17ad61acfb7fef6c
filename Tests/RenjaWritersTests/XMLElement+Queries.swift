import RenjaXML

/// Small XPath-like queries for structural assertions on written trees.
extension XMLElement {
    /// Child elements, in order.
    var childElements: [XMLElement] {
        children.compactMap { child in
            if case let .element(element) = child { element } else { nil }
        }
    }

    /// Every element below this one named `name`, in document order.
    func descendants(named name: String) -> [XMLElement] {
        childElements.flatMap { child in (child.name == name ? [child] : []) + child.descendants(named: name) }
    }

    /// The first element below this one named `name` whose attribute `attribute` is `value`.
    func descendant(named name: String, where attribute: String, is value: String) -> XMLElement? {
        descendants(named: name).first { $0.attribute(attribute) == value }
    }

    /// All text below this element, concatenated.
    var textContent: String {
        children.map { child in
            switch child {
            case let .text(text, _): text
            case let .element(element): element.textContent
            }
        }.joined()
    }
}
