extension XMLElement {
    /// The XML namespace, which the `xml:` prefix names without a declaration.
    static let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"

    /// Tells `observer` of this element and its content in document order, as a writer
    /// writing it would: namespaces resolved (an element's own, else `inherited`; attribute
    /// prefixes `xml:` and `xlink:`, the two the serializer declares), text as it stands.
    func sendMarkup(to observer: any XMLMarkupObserver, inheritedNamespace inherited: String = "") {
        let namespace = self.namespace ?? inherited
        observer.startElement(name, namespace: namespace, attributes: attributes.map(Self.markupAttribute))
        for child in children {
            switch child {
            case let .element(element):
                element.sendMarkup(to: observer, inheritedNamespace: namespace)
            case let .text(text, _):
                observer.text(text)
            }
        }
        observer.endElement()
    }

    private static func markupAttribute(_ attribute: Attribute) -> XMLMarkupAttribute {
        guard let colon = attribute.name.utf8.firstIndex(of: UInt8(ascii: ":")) else {
            return XMLMarkupAttribute(namespace: nil, localName: attribute.name, value: attribute.value)
        }
        let prefix = attribute.name[..<colon]
        let localName = String(attribute.name[attribute.name.index(after: colon)...])
        let namespace: String? =
            switch prefix {
            case "xml": xmlNamespaceURI
            case "xlink": XMLNamespaceURI.xlink
            // An unknown prefix stays unresolved: no namespace the schema could expect.
            default: "urn:unresolved-prefix:\(prefix)"
            }
        return XMLMarkupAttribute(namespace: namespace, localName: localName, value: attribute.value)
    }
}
