import CLibXML2

/// The libxml2 side of `XMLTreeWriter`: builds one document element by element, straight into
/// the libxml2 tree that `XMLSerializer` writes (and validates) it from.
///
/// A struct with mutating methods, wrapped by the class: every access to a class's stored
/// property is checked for exclusivity at run time, which cost as much as building the nodes
/// when each call touched several properties; one access per call to this struct does not.
///
/// The same few dozen element and attribute names recur thousands of times in a document, so
/// each distinct name is checked and classified once, on first use, and interned in the
/// document's dictionary; nodes then share the dictionary's copy instead of each allocating
/// its own.
struct LibXMLTreeBuilder {
    /// HTML elements that have no end tag (HTML Living Standard, "void elements").
    static let htmlVoidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// HTML elements whose text an HTML parser reads raw, without unescaping.
    static let htmlRawTextElements: Set<String> = ["script", "style"]

    /// What writing needs to know about one element name.
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

    /// What writing needs to know about one attribute name.
    private struct AttributeName {
        var prefix: AttributePrefix
        /// The local name in the document's dictionary, owned by the document.
        var interned: UnsafePointer<xmlChar>
    }

    /// An element started and not yet ended: what its content inherits and what it holds so far.
    /// Plain values only (no Swift strings): it is copied on every call, and a string in it
    /// cost a retain and a release each time.
    private struct OpenElement {
        var node: xmlNodePtr
        var name: ElementName
        var namespace: xmlNsPtr?
        var isHTML: Bool
        /// Inside an element whose content is written exactly as given (itself included).
        var isPreserved: Bool
        var attributeCount = 0
        var hasChildren = false
        var hasText = false
    }

    let flavor: XMLSerializer.Flavor
    let indentation: XMLSerializer.Indentation?
    /// The document being built; it frees every node attached to it, whatever happens.
    let document: LibXMLDocument
    /// The first refused call, if any: from then on nothing more is written.
    private(set) var failure: XMLSerializationError?
    /// `failure != nil`, kept apart: testing the optional enum on every call went through
    /// its generic value witnesses.
    private var hasFailed = false
    private var openElements: [OpenElement] = []
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

    /// An empty document to be written with `flavor` and `indentation`.
    init(flavor: XMLSerializer.Flavor, indentation: XMLSerializer.Indentation?) throws(XMLSerializationError) {
        LibXML.initialize()
        self.flavor = flavor
        self.indentation = indentation
        guard let pointer = xmlNewDoc("1.0") else {
            throw .libraryFailure("xmlNewDoc")
        }
        document = LibXMLDocument(pointer)
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
    }

    // MARK: - Writing (see `XMLTreeWriter` for what each call means)

    mutating func startElement(_ name: String, namespace: String?) {
        guard !hasFailed else { return }
        do {
            try start(name, namespace: namespace)
        } catch {
            fail(error)
        }
    }

    mutating func attribute(_ name: String, _ value: String?) {
        guard !hasFailed, let value else { return }
        do {
            try addAttribute(name, value)
        } catch {
            fail(error)
        }
    }

    mutating func text(_ text: String) {
        guard !hasFailed else { return }
        do {
            try addText(text)
        } catch {
            fail(error)
        }
    }

    mutating func endElement() {
        guard !hasFailed else { return }
        do {
            try end()
        } catch {
            fail(error)
        }
    }

    mutating func append(_ element: XMLElement) {
        startElement(element.name, namespace: element.namespace)
        for attribute in element.attributes {
            self.attribute(attribute.name, attribute.value)
        }
        for child in element.children {
            switch child {
            case let .element(childElement):
                append(childElement)
            case let .text(text, _):
                self.text(text)
            }
        }
        endElement()
    }

    private mutating func fail(_ error: XMLSerializationError) {
        failure = error
        hasFailed = true
    }

    /// The finished document, or the first error of its writing.
    func finishedDocument() throws(XMLSerializationError) -> LibXMLDocument {
        if let failure {
            throw failure
        }
        guard openElements.isEmpty, xmlDocGetRootElement(document.pointer) != nil else {
            throw .misplacedMarkup("the document ends with an element still open, or without a root element")
        }
        return document
    }

    // MARK: - Elements

    private mutating func start(_ name: String, namespace uri: String?) throws(XMLSerializationError) {
        let facts = try elementName(name)
        guard let node = xmlNewDocNodeEatName(document.pointer, nil, UnsafeMutablePointer(mutating: facts.interned), nil) else {
            throw .libraryFailure("xmlNewDocNode")
        }
        let parent = openElements.last
        if let parent {
            try noteChild(isText: false)
            xmlAddChild(parent.node, node)
        } else if xmlDocGetRootElement(document.pointer) == nil {
            xmlDocSetRootElement(document.pointer, node)
        } else {
            xmlFreeNode(node)
            throw .misplacedMarkup("<\(name)> after the root element")
        }

        var namespace = parent?.namespace
        var isHTML = parent?.isHTML ?? (flavor == .html5Polyglot)
        // Only the roots of vocabularies (html, math, svg) name a namespace, so the URI they
        // would inherit is read back from libxml2 only then.
        if let uri, uri != namespace.flatMap({ LibXML.string($0.pointee.href) }) {
            namespace = xmlNewNs(node, uri, nil)
            isHTML = flavor == .html5Polyglot && uri == XMLNamespaceURI.xhtml
        }
        xmlSetNs(node, namespace)

        openElements.append(
            OpenElement(
                node: node, name: facts, namespace: namespace, isHTML: isHTML,
                isPreserved: parent?.isPreserved == true || facts.isPreserved))
    }

    private mutating func end() throws(XMLSerializationError) {
        guard let element = openElements.popLast() else {
            throw .misplacedMarkup("an end tag without an element to end")
        }
        if indentation != nil, !element.isPreserved, element.hasChildren, !element.hasText {
            try indentChildren(of: element.node, depth: openElements.count)
        }
        if element.isHTML {
            if element.name.isHTMLVoid, element.hasChildren {
                throw .voidElementWithContent(Self.name(of: element.node))
            }
            if !element.name.isHTMLVoid, !element.hasChildren {
                // libxml2 writes a childless element as `<td/>`, which HTML reads as an
                // unclosed start tag; an empty text child makes it write `<td></td>`.
                try appendTextNode("", to: element.node)
            }
        }
    }

    /// Records a child of the current element; attributes can no longer follow.
    private mutating func noteChild(isText: Bool) throws(XMLSerializationError) {
        guard !openElements.isEmpty else {
            throw .misplacedMarkup("text outside the root element")
        }
        openElements[openElements.count - 1].hasChildren = true
        if isText {
            openElements[openElements.count - 1].hasText = true
        }
    }

    /// The facts about the element name `name`, checked and interned on its first use.
    private mutating func elementName(_ name: String) throws(XMLSerializationError) -> ElementName {
        let preservedElements = indentation?.preservedElements
        let document = document.pointer
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

    // MARK: - Attributes

    private mutating func addAttribute(_ name: String, _ value: String) throws(XMLSerializationError) {
        guard let element = openElements.last, !element.hasChildren else {
            throw .misplacedMarkup("attribute '\(name)' outside a start tag")
        }
        try check(value, in: element.node, attribute: name)
        let facts = try attributeName(name, at: element.attributeCount)
        openElements[openElements.count - 1].attributeCount += 1
        let namespace: xmlNsPtr? =
            switch facts.prefix {
            case .none: nil
            case .xml: try predefinedXMLNamespace(on: element.node)
            case .xlink: try declaredXLinkNamespace()
            }
        // Names are interned, so a pointer comparison finds the same name (and namespace).
        var existing = element.node.pointee.properties
        while let property = existing {
            guard property.pointee.name != facts.interned || property.pointee.ns != namespace else {
                throw .duplicateAttribute(name, element: Self.name(of: element.node))
            }
            existing = property.pointee.next
        }
        let property = Self.withXMLString(value) { value in
            xmlNewNsPropEatName(element.node, namespace, UnsafeMutablePointer(mutating: facts.interned), value)
        }
        guard property != nil else {
            throw .libraryFailure("xmlNewNsProp")
        }
    }

    /// The facts about an attribute written `prefix:local` or `local` at `position` among
    /// its element's attributes, checked and interned on its first use.
    private mutating func attributeName(_ name: String, at position: Int) throws(XMLSerializationError) -> AttributeName {
        while attributeNames.count <= position {
            attributeNames.append(LibXMLNameTable())
        }
        let document = document.pointer
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
    private mutating func predefinedXMLNamespace(on node: xmlNodePtr) throws(XMLSerializationError) -> xmlNsPtr {
        if let xmlNamespace {
            return xmlNamespace
        }
        guard let namespace = xmlSearchNs(document.pointer, node, "xml") else {
            throw .libraryFailure("xmlSearchNs")
        }
        xmlNamespace = namespace
        return namespace
    }

    private mutating func declaredXLinkNamespace() throws(XMLSerializationError) -> xmlNsPtr {
        if let xlinkNamespace {
            return xlinkNamespace
        }
        guard let root = xmlDocGetRootElement(document.pointer),
            let namespace = xmlNewNs(root, XMLNamespaceURI.xlink, "xlink")
        else {
            throw .libraryFailure("xmlNewNs")
        }
        xlinkNamespace = namespace
        return namespace
    }

    // MARK: - Text

    private mutating func addText(_ text: String) throws(XMLSerializationError) {
        try noteChild(isText: true)
        guard let element = openElements.last else { return }
        try check(text, in: element.node, attribute: nil)
        if element.isHTML, element.name.isHTMLRawText, text.utf8.contains(where: Self.isMarkupByte) {
            throw .rawTextNotPolyglot(element: Self.name(of: element.node), text: text)
        }
        try appendTextNode(text, to: element.node)
    }

    /// `<`, `>` or `&`: what a raw text element cannot hold in polyglot markup. All three are
    /// ASCII, so looking at UTF-8 bytes finds them without grapheme breaking.
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    /// The name of the element `node`, for an error: only errors need it as a Swift string.
    private static func name(of node: xmlNodePtr) -> String {
        LibXML.string(node.pointee.name) ?? ""
    }

    private func check(_ text: String, in element: xmlNodePtr, attribute: String?) throws(XMLSerializationError) {
        // Decoding scalars costs several times a scan of the bytes, and only a C0 control
        // byte or 0xEF (the lead byte of U+FFFE and U+FFFF) can start a scalar XML disallows:
        // text without either, nearly all of it, needs no closer look.
        let mayBeDisallowed = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 < 0x20 || $0 == 0xEF }
        }
        guard mayBeDisallowed != false else { return }
        if let scalar = XMLCharacterRules.firstDisallowedScalar(in: text) {
            throw .disallowedCharacter(scalar, text: text, element: Self.name(of: element), attribute: attribute)
        }
    }

    /// Adds a text node; libxml2 escapes its content when writing.
    private func appendTextNode(_ text: String, to node: xmlNodePtr) throws(XMLSerializationError) {
        guard let textNode = Self.withXMLString(text, { xmlNewDocText(document.pointer, $0) }) else {
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

    // MARK: - Indentation

    /// Puts each child of `node` (an element at `depth` whose children are all elements) on a
    /// line of its own, and its end tag on the next. Done once the element ends, when it is
    /// known that no text came among the children.
    private mutating func indentChildren(of node: xmlNodePtr, depth: Int) throws(XMLSerializationError) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            xmlAddPrevSibling(current, try indentationNode(depth: depth + 1))
        }
        xmlAddChild(node, try indentationNode(depth: depth))
    }

    /// A text node holding the newline and spaces that put what follows at `depth`.
    private mutating func indentationNode(depth: Int) throws(XMLSerializationError) -> xmlNodePtr {
        while indentationTexts.count <= depth {
            let spaces = String(repeating: " ", count: (indentation?.width ?? 0) * indentationTexts.count)
            indentationTexts.append(try Self.interned("\n" + spaces, document: document.pointer))
        }
        // A text node whose content the dictionary owns, as libxml2's own parser makes for
        // whitespace: xmlFreeDoc leaves such content alone.
        guard let textNode = xmlNewDocTextLen(document.pointer, nil, 0) else {
            throw .libraryFailure("xmlNewDocText")
        }
        textNode.pointee.content = UnsafeMutablePointer(mutating: indentationTexts[depth])
        return textNode
    }
}
