import CLibXML2

/// Builds a libxml2 document from a value tree for `XMLSerializer`. Every node is attached to
/// the document as soon as it is created, so a thrown error leaves nothing for `deinit` to miss.
struct LibXMLTreeBuilder {
    /// HTML elements that have no end tag (HTML Living Standard, "void elements").
    static let htmlVoidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// HTML elements whose text an HTML parser reads raw, without unescaping.
    static let htmlRawTextElements: Set<String> = ["script", "style"]

    let flavor: XMLSerializer.Flavor
    let indentation: XMLSerializer.Indentation?
    /// `xmlns:xlink`, declared on the root the first time an `xlink:` attribute needs it.
    private var xlinkNamespace: xmlNsPtr?

    init(flavor: XMLSerializer.Flavor, indentation: XMLSerializer.Indentation?) {
        self.flavor = flavor
        self.indentation = indentation
    }

    /// Where an element sits: what it inherits from its ancestors.
    private struct Scope {
        var parent: xmlNodePtr?
        var namespace: xmlNsPtr?
        var namespaceURI: String?
        var depth: Int
        var isInsidePreservedElement: Bool
    }

    mutating func build(_ root: XMLElement) throws(XMLSerializationError) -> LibXMLDocument {
        guard let pointer = xmlNewDoc("1.0") else {
            throw .libraryFailure("xmlNewDoc")
        }
        let document = LibXMLDocument(pointer)
        if flavor == .html5Polyglot {
            // A DOCTYPE without public or system identifier is written `<!DOCTYPE html>`.
            guard xmlCreateIntSubset(pointer, "html", nil, nil) != nil else {
                throw .libraryFailure("xmlCreateIntSubset")
            }
        }
        let scope = Scope(parent: nil, namespace: nil, namespaceURI: nil, depth: 0, isInsidePreservedElement: false)
        try append(root, in: scope, document: pointer)
        return document
    }

    private mutating func append(_ element: XMLElement, in scope: Scope, document: xmlDocPtr) throws(XMLSerializationError) {
        guard xmlValidateNCName(element.name, 0) == 0 else {
            throw .invalidName(element.name)
        }
        guard let node = xmlNewDocNode(document, nil, element.name, nil) else {
            throw .libraryFailure("xmlNewDocNode")
        }
        if let parent = scope.parent {
            xmlAddChild(parent, node)
        } else {
            xmlDocSetRootElement(document, node)
        }

        var namespace = scope.namespace
        var namespaceURI = scope.namespaceURI
        if let uri = element.namespace, uri != scope.namespaceURI {
            namespace = xmlNewNs(node, uri, nil)
            namespaceURI = uri
        }
        xmlSetNs(node, namespace)

        try appendAttributes(of: element, to: node, document: document)

        let isHTML = flavor == .html5Polyglot && (namespaceURI == nil || namespaceURI == XMLNamespaceURI.xhtml)
        let isPreserved = scope.isInsidePreservedElement
            || indentation?.preservedElements.contains(element.name) == true
        let childIndent = indentation.flatMap { indentation in
            indentsChildren(of: element, isPreserved: isPreserved)
                ? String(repeating: " ", count: indentation.width * (scope.depth + 1)) : nil
        }
        let childScope = Scope(
            parent: node, namespace: namespace, namespaceURI: namespaceURI, depth: scope.depth + 1,
            isInsidePreservedElement: isPreserved)

        for child in element.children {
            if let childIndent {
                try appendText("\n" + childIndent, to: node, document: document)
            }
            switch child {
            case let .element(childElement):
                try append(childElement, in: childScope, document: document)
            case let .text(text, _):
                try check(text, in: element.name, attribute: nil)
                if isHTML, Self.htmlRawTextElements.contains(element.name), text.contains(where: { "<>&".contains($0) }) {
                    throw .rawTextNotPolyglot(element: element.name, text: text)
                }
                try appendText(text, to: node, document: document)
            }
        }
        if childIndent != nil, let indentation {
            try appendText("\n" + String(repeating: " ", count: indentation.width * scope.depth), to: node, document: document)
        }

        if isHTML {
            let isVoid = Self.htmlVoidElements.contains(element.name)
            if isVoid, !element.children.isEmpty {
                throw .voidElementWithContent(element.name)
            }
            if !isVoid, element.children.isEmpty {
                // libxml2 writes a childless element as `<td/>`, which HTML reads as an
                // unclosed start tag; an empty text child makes it write `<td></td>`.
                try appendText("", to: node, document: document)
            }
        }
    }

    private func indentsChildren(of element: XMLElement, isPreserved: Bool) -> Bool {
        guard !isPreserved, !element.children.isEmpty else { return false }
        return element.children.allSatisfy { child in
            if case .element = child { true } else { false }
        }
    }

    private mutating func appendAttributes(
        of element: XMLElement, to node: xmlNodePtr, document: xmlDocPtr
    ) throws(XMLSerializationError) {
        for (index, attribute) in element.attributes.enumerated() {
            // Elements carry a handful of attributes: a scan is cheaper than hashing into a Set
            // (which cost a tenth of serializing in the profile, docs/performance.md).
            guard !element.attributes[..<index].contains(where: { $0.name == attribute.name }) else {
                throw .duplicateAttribute(attribute.name, element: element.name)
            }
            try check(attribute.value, in: element.name, attribute: attribute.name)
            let (namespace, localName) = try resolve(attribute.name, on: node, document: document)
            guard xmlValidateNCName(localName, 0) == 0 else {
                throw .invalidName(attribute.name)
            }
            guard xmlNewNsProp(node, namespace, localName, attribute.value) != nil else {
                throw .libraryFailure("xmlNewNsProp")
            }
        }
    }

    /// The namespace and local name of an attribute written `prefix:local` or `local`.
    private mutating func resolve(
        _ name: String, on node: xmlNodePtr, document: xmlDocPtr
    ) throws(XMLSerializationError) -> (xmlNsPtr?, String) {
        // Searching the UTF-8 bytes, not Characters: grapheme breaking made this lookup
        // cost as much as creating the attribute.
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else {
            if name == "xmlns" {
                throw .unsupportedAttributePrefix(name, attribute: name)
            }
            return (nil, name)
        }
        let prefix = String(name[..<colon])
        let localName = String(name[name.index(after: colon)...])
        switch prefix {
        case "xml":
            // The predefined `xml` namespace: libxml2 knows it and never declares it.
            return (xmlSearchNs(document, node, "xml"), localName)
        case "xlink":
            return (try declaredXLinkNamespace(document: document), localName)
        default:
            throw .unsupportedAttributePrefix(prefix, attribute: name)
        }
    }

    private mutating func declaredXLinkNamespace(document: xmlDocPtr) throws(XMLSerializationError) -> xmlNsPtr {
        if let xlinkNamespace {
            return xlinkNamespace
        }
        guard let root = xmlDocGetRootElement(document),
            let namespace = xmlNewNs(root, XMLNamespaceURI.xlink, "xlink")
        else {
            throw .libraryFailure("xmlNewNs")
        }
        xlinkNamespace = namespace
        return namespace
    }

    private func check(_ text: String, in element: String, attribute: String?) throws(XMLSerializationError) {
        if let scalar = XMLCharacterRules.firstDisallowedScalar(in: text) {
            throw .disallowedCharacter(scalar, text: text, element: element, attribute: attribute)
        }
    }

    /// Adds a text node; libxml2 escapes its content when writing.
    private func appendText(_ text: String, to node: xmlNodePtr, document: xmlDocPtr) throws(XMLSerializationError) {
        guard let textNode = xmlNewDocText(document, text) else {
            throw .libraryFailure("xmlNewDocText")
        }
        xmlAddChild(node, textNode)
    }
}
