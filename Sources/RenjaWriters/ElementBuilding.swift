import RenjaXML

/// An element built the way both writers need it most: attributes as ordered pairs, where a
/// `nil` value leaves the attribute out, so that optional attributes (`label`, `rowspan`)
/// read as one line instead of an `if` each.
func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [XMLNode] = []) -> XMLElement {
    // Reserved rather than `compactMap`ped: growing the array one attribute at a time cost
    // more than the rest of building an element.
    var present: [XMLElement.Attribute] = []
    present.reserveCapacity(attributes.count)
    for (attributeName, value) in attributes {
        if let value {
            present.append(XMLElement.Attribute(attributeName, value))
        }
    }
    return XMLElement(name, attributes: present, children: children)
}

/// `element(...)` wrapped as a child node.
func node(_ name: String, _ attributes: [(String, String?)] = [], _ children: [XMLNode] = []) -> XMLNode {
    .element(element(name, attributes, children))
}
