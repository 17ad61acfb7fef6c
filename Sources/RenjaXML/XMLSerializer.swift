import CLibXML2

/// Writes the markup an `XMLTreeWriter` is given (or an `XMLElement` tree) as a UTF-8 string
/// through libxml2, which does all escaping.
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

    /// The document whose root is `root`, ending with a newline.
    public func serialize(_ root: XMLElement) throws(XMLSerializationError) -> String {
        try serialize { $0.append(root) }
    }

    /// The document that `write` writes into the writer it is given, ending with a newline.
    public func serialize(_ write: (XMLTreeWriter) -> Void) throws(XMLSerializationError) -> String {
        try self.write(document(writtenBy: write))
    }

    /// The document whose root is `root`, and its validity against `schema`: see
    /// `serialize(validatingAgainst:fileName:_:)`.
    public func serialize(
        _ root: XMLElement, validatingAgainst schema: RelaxNGSchema, fileName: String
    ) throws(XMLSerializationError) -> XMLValidatedText {
        try serialize(validatingAgainst: schema, fileName: fileName) { $0.append(root) }
    }

    /// The document that `write` writes, and its validity against `schema`, checked on the
    /// libxml2 document the text is written from: no second parse. A built document has no
    /// line numbers, so only when it is invalid (a bug in the caller's markup) is the written
    /// text parsed and validated again, for issues at their lines in `fileName` (should that
    /// find nothing, the built document's unpositioned issues are kept: never a false "valid").
    public func serialize(
        validatingAgainst schema: RelaxNGSchema, fileName: String, _ write: (XMLTreeWriter) -> Void
    ) throws(XMLSerializationError) -> XMLValidatedText {
        let document = try document(writtenBy: write)
        let text = try self.write(document)
        let issues = schema.validate(document, fileName: fileName)
        guard !issues.isEmpty else { return XMLValidatedText(text: text, issues: []) }
        let positioned = schema.validate(text, fileName: fileName)
        return XMLValidatedText(text: text, issues: positioned.isEmpty ? issues : positioned)
    }

    /// The libxml2 document `write` builds, which the text is written from.
    private func document(writtenBy write: (XMLTreeWriter) -> Void) throws(XMLSerializationError) -> LibXMLDocument {
        let writer = try XMLTreeWriter(flavor: flavor, indentation: indentation)
        write(writer)
        return try writer.finishedDocument()
    }

    private var saveOptions: Int32 {
        // NO_XHTML: libxml2 would otherwise switch to its XHTML 1.0 rules (adding a
        // Content-Type <meta>, `xml:lang` copies, `<br />`) when it sees an XHTML DOCTYPE.
        var options = XML_SAVE_AS_XML.rawValue | XML_SAVE_NO_XHTML.rawValue
        if !writesXMLDeclaration || flavor == .html5Polyglot {
            options |= XML_SAVE_NO_DECL.rawValue
        }
        return Int32(options)
    }

    private func write(_ document: LibXMLDocument) throws(XMLSerializationError) -> String {
        guard let buffer = xmlBufferCreate() else {
            throw .libraryFailure("xmlBufferCreate")
        }
        defer { xmlBufferFree(buffer) }
        guard let context = xmlSaveToBuffer(buffer, "UTF-8", saveOptions) else {
            throw .libraryFailure("xmlSaveToBuffer")
        }
        let written = xmlSaveDoc(context, document.pointer)
        // xmlSaveClose flushes into the buffer; it must run before the buffer is read.
        let closed = xmlSaveClose(context)
        guard written >= 0, closed >= 0, let content = xmlBufferContent(buffer) else {
            throw .libraryFailure("xmlSaveDoc")
        }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer)))
        return String(decoding: bytes, as: UTF8.self)
    }
}
