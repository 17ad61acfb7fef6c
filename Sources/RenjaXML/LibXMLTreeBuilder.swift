import CLibXML2

/// Builds a libxml2 document from a value tree for `XMLSerializer`. Every node is attached to
/// the document as soon as it is created, so a thrown error leaves nothing for `deinit` to miss.
///
/// The same few dozen element and attribute names recur thousands of times in a document, so
/// each distinct name is checked and classified once, on first use, and interned in the
/// document's dictionary; nodes then share the dictionary's copy instead of each allocating
/// its own (docs/performance.md).
struct LibXMLTreeBuilder {
    /// HTML elements that have no end tag (HTML Living Standard, "void elements").
    static let htmlVoidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// HTML elements whose text an HTML parser reads raw, without unescaping.
    static let htmlRawTextElements: Set<String> = ["script", "style"]

    /// What building needs to know about one element name.
    private struct ElementName {
        /// The name in the document's dictionary, owned by the document.
        var interned: UnsafePointer<xmlChar>
        var isPreserved: Bool
        var isHTMLVoid: Bool
        var isHTMLRawText: Bool
    }

    /// The namespace an attribute name's prefix selects.
    private enum AttributePrefix {
        case none, xml, xlink
    }

    /// What building needs to know about one attribute name.
    private struct AttributeName {
        var prefix: AttributePrefix
        /// The local name in the document's dictionary, owned by the document.
        var interned: UnsafePointer<xmlChar>
    }

    let flavor: XMLSerializer.Flavor
    let indentation: XMLSerializer.Indentation?
    /// `xmlns:xlink`, declared on the root the first time an `xlink:` attribute needs it.
    private var xlinkNamespace: xmlNsPtr?
    /// The predefined `xml` namespace, looked up the first time an `xml:` attribute needs it.
    private var xmlNamespace: xmlNsPtr?
    private var elementNames = LibXMLNameTable<ElementName>()
    /// One table per attribute position: an element's attributes repeat in the same order
    /// (`colname`, `align` on every entry), so each position's last name is usually the next.
    private var attributeNames: [LibXMLNameTable<AttributeName>] = []
    /// The newline and spaces before a child at each depth, interned in the document's
    /// dictionary: indentation nodes share them instead of each copying its own.
    private var indentationTexts: [UnsafePointer<xmlChar>] = []

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
        // Everything remembered points into the previous document (its dictionary, its
        // namespaces), which may be freed already: a new document starts from nothing.
        self = LibXMLTreeBuilder(flavor: flavor, indentation: indentation)
        guard let pointer = xmlNewDoc("1.0") else {
            throw .libraryFailure("xmlNewDoc")
        }
        let document = LibXMLDocument(pointer)
        // The document owns the dictionary: xmlFreeDoc frees it, and libxml2 never frees a
        // name the dictionary owns.
        guard let dictionary = xmlDictCreate() else {
            throw .libraryFailure("xmlDictCreate")
        }
        pointer.pointee.dict = dictionary
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
        let name = try elementName(element.name, document: document)
        guard let node = xmlNewDocNodeEatName(document, nil, UnsafeMutablePointer(mutating: name.interned), nil) else {
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
        let isPreserved = scope.isInsidePreservedElement || name.isPreserved
        let childDepth = scope.depth + 1
        let indentsChildren = indentation != nil && indentsChildren(of: element, isPreserved: isPreserved)
        let childScope = Scope(
            parent: node, namespace: namespace, namespaceURI: namespaceURI, depth: childDepth,
            isInsidePreservedElement: isPreserved)

        // Through the buffer: iterating the array copied every child node out of it first.
        try element.children.withUnsafeBufferPointer { children throws(XMLSerializationError) in
            for index in children.indices {
                if indentsChildren {
                    try appendIndentation(depth: childDepth, to: node, document: document)
                }
                switch children[index] {
                case let .element(childElement):
                    try append(childElement, in: childScope, document: document)
                case let .text(text, _):
                    try check(text, in: element.name, attribute: nil)
                    if isHTML, name.isHTMLRawText, text.utf8.contains(where: Self.isMarkupByte) {
                        throw .rawTextNotPolyglot(element: element.name, text: text)
                    }
                    try appendText(text, to: node, document: document)
                }
            }
        }
        if indentsChildren {
            try appendIndentation(depth: scope.depth, to: node, document: document)
        }

        if isHTML {
            if name.isHTMLVoid, !element.children.isEmpty {
                throw .voidElementWithContent(element.name)
            }
            if !name.isHTMLVoid, element.children.isEmpty {
                // libxml2 writes a childless element as `<td/>`, which HTML reads as an
                // unclosed start tag; an empty text child makes it write `<td></td>`.
                try appendText("", to: node, document: document)
            }
        }
    }

    /// `<`, `>` or `&`: what a raw text element cannot hold in polyglot markup. All three are
    /// ASCII, so looking at UTF-8 bytes finds them without grapheme breaking.
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    /// The facts about the element name `name`, checked and interned on its first use.
    private mutating func elementName(_ name: String, document: xmlDocPtr) throws(XMLSerializationError) -> ElementName {
        let preservedElements = indentation?.preservedElements
        return try elementNames.facts(for: name) { name throws(XMLSerializationError) in
            guard xmlValidateNCName(name, 0) == 0 else {
                throw .invalidName(name)
            }
            return ElementName(
                interned: try Self.interned(name, document: document),
                isPreserved: preservedElements?.contains(name) == true,
                isHTMLVoid: Self.htmlVoidElements.contains(name),
                isHTMLRawText: Self.htmlRawTextElements.contains(name))
        }
    }

    private static func interned(_ name: String, document: xmlDocPtr) throws(XMLSerializationError) -> UnsafePointer<xmlChar> {
        guard let interned = xmlDictLookup(document.pointee.dict, name, -1) else {
            throw .libraryFailure("xmlDictLookup")
        }
        return interned
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
            let name = try attributeName(attribute.name, at: index, document: document)
            let namespace: xmlNsPtr? =
                switch name.prefix {
                case .none: nil
                case .xml: try predefinedXMLNamespace(on: node, document: document)
                case .xlink: try declaredXLinkNamespace(document: document)
                }
            let property = Self.withXMLString(attribute.value) { value in
                xmlNewNsPropEatName(node, namespace, UnsafeMutablePointer(mutating: name.interned), value)
            }
            guard property != nil else {
                throw .libraryFailure("xmlNewNsProp")
            }
        }
    }

    /// The facts about an attribute written `prefix:local` or `local` at `position` among
    /// its element's attributes, checked and interned on its first use.
    private mutating func attributeName(
        _ name: String, at position: Int, document: xmlDocPtr
    ) throws(XMLSerializationError) -> AttributeName {
        while attributeNames.count <= position {
            attributeNames.append(LibXMLNameTable())
        }
        return try attributeNames[position].facts(for: name) { name throws(XMLSerializationError) in
            let (prefix, localName) = try Self.split(name)
            guard xmlValidateNCName(localName, 0) == 0 else {
                throw .invalidName(name)
            }
            return AttributeName(prefix: prefix, interned: try Self.interned(localName, document: document))
        }
    }

    /// The prefix and local name of an attribute written `prefix:local` or `local`.
    private static func split(_ name: String) throws(XMLSerializationError) -> (AttributePrefix, String) {
        // Searching the UTF-8 bytes, not Characters: grapheme breaking made this lookup
        // cost as much as creating the attribute.
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else {
            if name == "xmlns" {
                throw .unsupportedAttributePrefix(name, attribute: name)
            }
            return (.none, name)
        }
        let prefix = String(name[..<colon])
        let localName = String(name[name.index(after: colon)...])
        switch prefix {
        case "xml":
            return (.xml, localName)
        case "xlink":
            return (.xlink, localName)
        default:
            throw .unsupportedAttributePrefix(prefix, attribute: name)
        }
    }

    /// The predefined `xml` namespace: libxml2 knows it and never declares it.
    private mutating func predefinedXMLNamespace(on node: xmlNodePtr, document: xmlDocPtr) throws(XMLSerializationError) -> xmlNsPtr {
        if let xmlNamespace {
            return xmlNamespace
        }
        guard let namespace = xmlSearchNs(document, node, "xml") else {
            throw .libraryFailure("xmlSearchNs")
        }
        xmlNamespace = namespace
        return namespace
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
        // Decoding scalars costs several times a scan of the bytes, and only a C0 control
        // byte or 0xEF (the lead byte of U+FFFE and U+FFFF) can start a scalar XML disallows:
        // text without either, nearly all of it, needs no closer look.
        let mayBeDisallowed = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 < 0x20 || $0 == 0xEF }
        }
        guard mayBeDisallowed != false else { return }
        if let scalar = XMLCharacterRules.firstDisallowedScalar(in: text) {
            throw .disallowedCharacter(scalar, text: text, element: element, attribute: attribute)
        }
    }

    /// Adds a text node; libxml2 escapes its content when writing.
    private func appendText(_ text: String, to node: xmlNodePtr, document: xmlDocPtr) throws(XMLSerializationError) {
        guard let textNode = Self.withXMLString(text, { xmlNewDocText(document, $0) }) else {
            throw .libraryFailure("xmlNewDocText")
        }
        xmlAddChild(node, textNode)
    }

    /// `body` given `string` as libxml2's NUL-terminated UTF-8. `withCString` lends a native
    /// string's own bytes, where passing the `String` for an `xmlChar *` parameter copies it
    /// into a new array first (`utf8CString`: a sixth of building the tree in the profile).
    private static func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }

    /// Adds the newline and spaces that put the next child (or the end tag) at `depth`.
    private mutating func appendIndentation(depth: Int, to node: xmlNodePtr, document: xmlDocPtr) throws(XMLSerializationError) {
        while indentationTexts.count <= depth {
            let spaces = String(repeating: " ", count: (indentation?.width ?? 0) * indentationTexts.count)
            indentationTexts.append(try Self.interned("\n" + spaces, document: document))
        }
        // A text node whose content the dictionary owns, as libxml2's own parser makes for
        // whitespace: xmlFreeDoc leaves such content alone.
        guard let textNode = xmlNewDocTextLen(document, nil, 0) else {
            throw .libraryFailure("xmlNewDocText")
        }
        textNode.pointee.content = UnsafeMutablePointer(mutating: indentationTexts[depth])
        xmlAddChild(node, textNode)
    }
}
