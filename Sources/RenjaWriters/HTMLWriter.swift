import Foundation
import RenjaDocument
import RenjaXML

/// Writes a `Document` as one self-contained HTML5 page (`renja.html`): inline stylesheet,
/// inline SVG figures, MathML formulas, semantic tables with captions, header cells and
/// scopes, and print rules for A4 pages, landscape tables and chapter page breaks.
public struct HTMLWriter: Sendable {
    /// Elements whose content is written exactly as built, because whitespace added between
    /// their children would show in the text.
    static let mixedContentElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "caption", "figcaption", "a", "title", "text",
    ]

    public init() {}

    /// `document` as indented polyglot HTML5 in UTF-8, starting `<!DOCTYPE html>`, with the
    /// `html` element in the XHTML namespace.
    public func render(_ document: Document) throws(XMLSerializationError) -> Data {
        let serializer = XMLSerializer(
            flavor: .html5Polyglot, writesXMLDeclaration: false,
            indentation: XMLSerializer.Indentation(width: 2, preservedElements: Self.mixedContentElements))
        return try serializer.data { out in
            HTMLBuilder(document: document, writingInto: out).html()
        }
    }
}
