import RenjaXML

/// An element built the way both writers need it most: attributes as ordered pairs, where a
/// `nil` value leaves the attribute out, so that optional attributes (`label`, `rowspan`)
/// read as one line instead of an `if` each.
func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [XMLNode] = []) -> XMLElement {
    XMLElement(
        name,
        attributes: attributes.compactMap { name, value in value.map { XMLElement.Attribute(name, $0) } },
        children: children)
}

/// `element(...)` wrapped as a child node.
func node(_ name: String, _ attributes: [(String, String?)] = [], _ children: [XMLNode] = []) -> XMLNode {
    .element(element(name, attributes, children))
}
