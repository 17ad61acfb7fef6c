import CLibXML2

/// Parses XML text into an `XMLElement` tree with the source position of every element and
/// text run, refusing unsafe input (see the policy in `LibXMLReader`: no network, no DTDs,
/// no entities beyond the five predefined ones and character references).
///
/// In the tree: an element's `namespace` is set only where it differs from its parent's (so a
/// tree built with namespaces only on the roots of each vocabulary reads back equal); prefixed
/// elements read as their local name in that namespace; prefixed attributes keep their source
/// prefix (`xml:id`, `xlink:href`); namespace declarations, comments and processing
/// instructions are dropped; CDATA, text and references merge into one `.text` node.
public enum XMLTreeParser {
    /// The tree of `text`, or every problem found. `fileName` only labels positions.
    public static func parse(_ text: String, fileName: String) throws(XMLParseFailure) -> XMLElement {
        let document = try LibXMLReader.read(text, fileName: fileName).get()
        guard let root = document.rootElement else {
            throw XMLParseFailure(issues: [
                XMLIssue(file: fileName, position: XMLPosition(line: 1, column: 1), message: "document has no root element")
            ])
        }
        var builder = LibXMLValueTreeBuilder(positions: XMLSourcePositions(scanning: text), fileName: fileName)
        let element = withExtendedLifetime(document) { builder.element(from: root, parentNamespace: nil) }
        guard builder.issues.isEmpty else {
            throw XMLParseFailure(issues: builder.issues)
        }
        return element
    }
}
