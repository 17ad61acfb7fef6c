import CLibXML2

/// Turns a libxml2 tree into values, pairing nodes with scanned positions in document order.
struct LibXMLValueTreeBuilder {
    let positions: XMLSourcePositions
    let fileName: String
    private(set) var issues: [XMLIssue] = []
    private var nextElement = 0
    private var nextText = 0

    init(positions: XMLSourcePositions, fileName: String) {
        self.positions = positions
        self.fileName = fileName
    }

    mutating func element(from node: xmlNodePtr, parentNamespace: String?) -> XMLElement {
        let position = Self.nextPosition(in: positions.elementStarts, &nextElement)
        let namespace = LibXML.string(node.pointee.ns?.pointee.href)
        if namespace == nil, parentNamespace != nil {
            // The value tree has no way to say "no namespace" under a default namespace.
            report("element <\(LibXML.string(node.pointee.name) ?? "")> leaves its parent's namespace (xmlns=\"\"); not supported",
                at: position)
        }
        var element = XMLElement(
            LibXML.string(node.pointee.name) ?? "",
            namespace: namespace == parentNamespace ? nil : namespace,
            attributes: attributes(of: node),
            position: position)

        var pendingText: (String, XMLPosition?)?
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let content = LibXML.string(current.pointee.content) ?? ""
                if let (text, start) = pendingText {
                    pendingText = (text + content, start)
                } else {
                    pendingText = (content, Self.nextPosition(in: positions.textStarts, &nextText))
                }
            case XML_ELEMENT_NODE:
                flush(&pendingText, into: &element)
                element.children.append(.element(self.element(from: current, parentNamespace: namespace)))
            case XML_ENTITY_REF_NODE:
                report("entity reference &\(LibXML.string(current.pointee.name) ?? "");is not allowed",
                    at: XMLPosition(line: Int(xmlGetLineNo(current)), column: 0))
            default:
                // Comments and processing instructions carry nothing the document needs.
                break
            }
        }
        flush(&pendingText, into: &element)
        return element
    }

    private func flush(_ pendingText: inout (String, XMLPosition?)?, into element: inout XMLElement) {
        if let (text, start) = pendingText {
            element.children.append(.text(text, position: start))
        }
        pendingText = nil
    }

    private func attributes(of node: xmlNodePtr) -> [XMLElement.Attribute] {
        var attributes: [XMLElement.Attribute] = []
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            let localName = LibXML.string(current.pointee.name) ?? ""
            let name = LibXML.string(current.pointee.ns?.pointee.prefix).map { "\($0):\(localName)" } ?? localName
            let value = value(of: current)
            // libxml2 checks that an `xml:id` is a name once the white space around it is
            // stripped (the normalisation the xml:id Recommendation asks for), but hands back the
            // value as written: `xml:id=" bab-6"` would name a section " bab-6", which no link reaches.
            attributes.append(XMLElement.Attribute(name, name == "xml:id" ? Self.trimmingXMLWhiteSpace(value) : value))
        }
        return attributes
    }

    /// `value` without XML white space (space, tab, line feed, carriage return) at either end.
    private static func trimmingXMLWhiteSpace(_ value: String) -> String {
        let isText: (Unicode.Scalar) -> Bool = { !" \t\n\r".unicodeScalars.contains($0) }
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: isText), let last = scalars.lastIndex(where: isText) else { return "" }
        return String(scalars[first...last])
    }

    private func value(of attribute: xmlAttrPtr) -> String {
        let node = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { renja_xmlFree(content) }
        return String(cString: content)
    }

    /// The next scanned position, or `nil` should the scan and libxml2 ever disagree.
    private static func nextPosition(in starts: [XMLPosition], _ next: inout Int) -> XMLPosition? {
        defer { next += 1 }
        return next < starts.count ? starts[next] : nil
    }

    private mutating func report(_ message: String, at position: XMLPosition?) {
        issues.append(XMLIssue(file: fileName, position: position ?? XMLPosition(line: 0, column: 0), message: message))
    }
}
