import Foundation

/// Writes the markup an `XMLMarkupWriter` is given (or an `XMLElement` tree) as UTF-8 bytes,
/// with libxml2 doing all escaping, byte for byte as libxml2's xmlSaveDoc would write it.
/// The output depends only on the tree and the options: the same tree gives the same bytes.
public struct XMLSerializer: Sendable {
    /// Which serialization rules apply.
    public enum Flavor: Sendable, Equatable {
        /// Plain XML: empty elements are written `<name/>`.
        case xml
        /// HTML5 polyglot markup (XHTML syntax that HTML parsers read the same way):
        /// `<!DOCTYPE html>`, no XML declaration, HTML void elements (`br`, `meta`, `img`...)
        /// self-closed as `<br/>`, every other empty HTML element written `<td></td>`.
        /// Elements in another namespace (SVG, MathML) keep the XML rules, which HTML allows
        /// for foreign content. Polyglot markup also needs the root `html` element in the XHTML
        /// namespace (`namespace: XMLNamespaceURI.xhtml`); that is the caller's markup.
        case html5Polyglot
    }

    /// Pretty-printing that never changes text: an element's children are put on their own
    /// lines only when they are all elements (no text, not even whitespace) and the element
    /// is not inside one of `preservedElements`.
    public struct Indentation: Sendable, Equatable {
        /// Spaces per nesting level.
        public var width: Int
        /// Elements whose content is written exactly as given, at any depth: those where
        /// added whitespace between child elements would show (HTML `p`, `td`; DocBook `para`).
        public var preservedElements: Set<String>

        public init(width: Int = 2, preservedElements: Set<String> = []) {
            self.width = width
            self.preservedElements = preservedElements
        }
    }

    public var flavor: Flavor
    /// Whether to start with `<?xml version="1.0" encoding="UTF-8"?>`; never in `.html5Polyglot`.
    public var writesXMLDeclaration: Bool
    /// `nil` writes everything on one line, exactly as the tree holds it.
    public var indentation: Indentation?

    public init(flavor: Flavor = .xml, writesXMLDeclaration: Bool = true, indentation: Indentation? = nil) {
        self.flavor = flavor
        self.writesXMLDeclaration = writesXMLDeclaration
        self.indentation = indentation
    }

    /// The UTF-8 bytes of the document whose root is `root`, ending with a newline.
    public func data(_ root: XMLElement) throws(XMLSerializationError) -> Data {
        try data { $0.append(root) }
    }

    /// The UTF-8 bytes of the document that `write` writes into the writer it is given,
    /// ending with a newline.
    public func data(writtenBy write: (XMLMarkupWriter) -> Void) throws(XMLSerializationError) -> Data {
        try data(observedBy: nil, write)
    }

    /// `data(root)` as a string.
    public func serialize(_ root: XMLElement) throws(XMLSerializationError) -> String {
        String(decoding: try data(root), as: UTF8.self)
    }

    /// `data(writtenBy: write)` as a string.
    public func serialize(_ write: (XMLMarkupWriter) -> Void) throws(XMLSerializationError) -> String {
        String(decoding: try data(writtenBy: write), as: UTF8.self)
    }

    /// The document whose root is `root`, and its validity against `schema`: see
    /// `serialize(validatingAgainst:fileName:_:)`.
    public func serialize(
        _ root: XMLElement, validatingAgainst schema: RelaxNGSchema, fileName: String
    ) throws(XMLSerializationError) -> XMLValidatedText {
        try serialize(validatingAgainst: schema, fileName: fileName) { $0.append(root) }
    }

    /// The document that `write` writes, and its validity against `schema`, checked while it
    /// is written (`RelaxNGStreamValidator`): no tree, no second parse. Written markup has no
    /// line numbers, so only when it is invalid (a bug in the caller's markup) are the
    /// written bytes parsed and validated again, for issues at their lines in `fileName`
    /// (should that find nothing, the unpositioned issues are kept: never a false "valid").
    /// `schema` is locked while `write` runs: `write` must not validate against it itself.
    public func serialize(
        validatingAgainst schema: RelaxNGSchema, fileName: String, _ write: (XMLMarkupWriter) -> Void
    ) throws(XMLSerializationError) -> XMLValidatedText {
        let validator = schema.streamValidator(fileName: fileName)
        let data = try data(observedBy: validator, write)
        // finish() releases the schema's lock, which validating the text below takes again.
        let issues = validator.finish()
        guard !issues.isEmpty else { return XMLValidatedText(data: data, issues: []) }
        let positioned = schema.validate(String(decoding: data, as: UTF8.self), fileName: fileName)
        return XMLValidatedText(data: data, issues: positioned.isEmpty ? issues : positioned)
    }

    /// The bytes `write` writes, with `observer` told of every start tag, text and end on the
    /// way (the validator; tests replay parsed documents through it).
    func data(observedBy observer: XMLMarkupObserver?, _ write: (XMLMarkupWriter) -> Void) throws(XMLSerializationError) -> Data {
        let writer = try XMLMarkupWriter(
            flavor: flavor, writesXMLDeclaration: writesXMLDeclaration, indentation: indentation, observer: observer)
        write(writer)
        return try writer.finishedData()
    }
}
