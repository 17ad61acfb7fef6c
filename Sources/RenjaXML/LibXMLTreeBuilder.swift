import CLibXML2

/// Rebuilds, as a libxml2 tree, the document an `XMLTreeWriter` writes, from the markup events
/// it observes: the tree `XMLSerializer` validates against a RELAX NG schema. The writer has
/// already checked every name, character and nesting, so nothing is checked again here.
final class LibXMLTreeBuilder: XMLMarkupObserver {
    /// The document being built; it frees every node attached to it, whatever happens.
    private let document: LibXMLDocument
    private var openElements: [xmlNodePtr] = []
    /// The namespace URI of each open element ("" for none), innermost last.
    private var namespaceURIs: [String] = []
    /// `xmlns:xlink`, declared on the root the first time an `xlink:` attribute needs it.
    private var xlinkNamespace: xmlNsPtr?
    /// The first node libxml2 could not make (it ran out of memory), if any.
    private var failure: XMLSerializationError?

    init() throws(XMLSerializationError) {
        LibXML.initialize()
        guard let pointer = xmlNewDoc("1.0") else {
            throw .libraryFailure("xmlNewDoc")
        }
        document = LibXMLDocument(pointer)
    }

    /// The document built, or why libxml2 could not build it.
    func finishedDocument() throws(XMLSerializationError) -> LibXMLDocument {
        if let failure {
            throw failure
        }
        return document
    }

    func startElement(_ name: String, namespace uri: String, attributes: [XMLMarkupAttribute]) {
        guard failure == nil else { return }
        let made = LibXMLOutputBuffer.withXMLString(name) { xmlNewDocNode(document.pointer, nil, $0, nil) }
        guard let node = made else {
            return failure = .libraryFailure("xmlNewDocNode")
        }
        let parent = openElements.last
        if let parent {
            xmlAddChild(parent, node)
        } else {
            xmlDocSetRootElement(document.pointer, node)
        }
        if uri != (namespaceURIs.last ?? "") {
            xmlSetNs(node, xmlNewNs(node, uri, nil))
        } else {
            xmlSetNs(node, parent?.pointee.ns)
        }
        openElements.append(node)
        namespaceURIs.append(uri)
        for attribute in attributes {
            let namespace: xmlNsPtr? =
                switch attribute.namespace {
                case nil: nil
                case XMLNamespaceURI.xlink?: declaredXLinkNamespace()
                default: xmlSearchNs(document.pointer, node, "xml")
                }
            let made = LibXMLOutputBuffer.withXMLString(attribute.localName) { localName in
                LibXMLOutputBuffer.withXMLString(attribute.value) { xmlNewNsProp(node, namespace, localName, $0) }
            }
            guard made != nil else {
                return failure = .libraryFailure("xmlNewNsProp")
            }
        }
    }

    func text(_ text: String) {
        guard failure == nil, let element = openElements.last else { return }
        guard let node = LibXMLOutputBuffer.withXMLString(text, { xmlNewDocText(document.pointer, $0) }) else {
            return failure = .libraryFailure("xmlNewDocText")
        }
        xmlAddChild(element, node)
    }

    func endElement() {
        _ = openElements.popLast()
        _ = namespaceURIs.popLast()
    }

    private func declaredXLinkNamespace() -> xmlNsPtr? {
        if xlinkNamespace == nil, let root = xmlDocGetRootElement(document.pointer) {
            xlinkNamespace = xmlNewNs(root, XMLNamespaceURI.xlink, "xlink")
        }
        return xlinkNamespace
    }
}
