import CLibXML2

/// Reads XML text into a libxml2 document under one safety policy, shared by the tree parser
/// and the RELAX NG validator:
/// - no network (`XML_PARSE_NONET`), no external DTD loading, no entity substitution
///   (`XML_PARSE_NOENT` stays off), never RECOVER or NOERROR: a document with any
///   well-formedness error is refused with every error libxml2 reported;
/// - no DOCTYPE that declares anything or names an external DTD: templates are read without
///   network access or external entities. A bare `<!DOCTYPE html>` is allowed.
enum LibXMLReader {
    /// The text as a libxml2 document, or every issue that stops it being one.
    static func read(_ text: String, fileName: String) -> Result<LibXMLDocument, XMLParseFailure> {
        LibXML.initialize()
        let collector = LibXMLErrorCollector(file: fileName)
        let document = withExtendedLifetime(collector) { parse(text, fileName: fileName, collector: collector) }
        if let document, collector.issues.isEmpty {
            if let issue = forbiddenDoctypeIssue(in: document, text: text, fileName: fileName) {
                return .failure(XMLParseFailure(issues: [issue]))
            }
            return .success(document)
        }
        let issues = collector.issues.isEmpty
            ? [XMLIssue(file: fileName, position: XMLPosition(line: 0, column: 0), message: "libxml2 returned no document")]
            : collector.issues
        return .failure(XMLParseFailure(issues: issues))
    }

    private static let options = Int32(
        XML_PARSE_NONET.rawValue
            // CDATA sections become ordinary text, merged with the text around them.
            | XML_PARSE_NOCDATA.rawValue
            // Line numbers above 65535 are kept instead of being clamped.
            | XML_PARSE_BIG_LINES.rawValue
            // A Swift string is UTF-8 whatever its declaration claims.
            | XML_PARSE_IGNORE_ENC.rawValue)

    private static func parse(_ text: String, fileName: String, collector: LibXMLErrorCollector) -> LibXMLDocument? {
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        // Errors go to this context's handler, never to libxml2's global (thread-shared) state.
        context.pointee.sax.pointee.serror = LibXMLErrorCollector.parserCallback
        context.pointee._private = collector.opaque
        var utf8 = text
        let pointer = utf8.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                xmlCtxtReadMemory(context, characters.baseAddress, Int32(characters.count), fileName, "UTF-8", options)
            }
        }
        return pointer.map(LibXMLDocument.init)
    }

    private static func forbiddenDoctypeIssue(in document: LibXMLDocument, text: String, fileName: String) -> XMLIssue? {
        guard let doctype = document.pointer.pointee.intSubset?.pointee else { return nil }
        guard doctype.ExternalID != nil || doctype.SystemID != nil || doctype.children != nil else { return nil }
        let position = XMLSourcePositions(scanning: text).doctypeStart ?? XMLPosition(line: 1, column: 1)
        return XMLIssue(
            file: fileName, position: position,
            message: "DOCTYPE declarations and external DTDs are not allowed (entities are never loaded); "
                + "use no DOCTYPE, or <!DOCTYPE html>")
    }
}
