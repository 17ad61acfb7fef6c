import CLibXML2
import Foundation

/// A compiled RELAX NG schema, loaded once and used to validate many documents.
///
/// Thread safety: one instance may be shared and `validate` called from several threads at
/// once. Each call parses its document and creates its own validation context; the
/// validation itself is serialized by an internal lock, because libxml2 does not document
/// concurrent use of one compiled `xmlRelaxNG` as safe.
public final class RelaxNGSchema: @unchecked Sendable {
    /// The schema file this was compiled from.
    public let path: String
    private let schema: xmlRelaxNGPtr
    private let validationLock = NSLock()

    /// Compiles the schema at `path`; the failure lists every error libxml2 reported.
    public init(path: String) throws(XMLParseFailure) {
        LibXML.initialize()
        let collector = LibXMLErrorCollector(file: path)
        let compiled: xmlRelaxNGPtr? = withExtendedLifetime(collector) {
            guard let context = xmlRelaxNGNewParserCtxt(path) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(context) }
            xmlRelaxNGSetParserStructuredErrors(context, LibXMLErrorCollector.directCallback, collector.opaque)
            // Reading the schema file itself uses an internal parser context that reports
            // through the thread's structured handler (else to stderr): catch those too.
            xmlSetStructuredErrorFunc(collector.opaque, LibXMLErrorCollector.directCallback)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return xmlRelaxNGParse(context)
        }
        guard let compiled, collector.issues.isEmpty else {
            if let compiled { xmlRelaxNGFree(compiled) }
            throw XMLParseFailure(issues: collector.issues.isEmpty
                ? [XMLIssue(file: path, position: XMLPosition(line: 0, column: 0), message: "cannot load RELAX NG schema")]
                : collector.issues)
        }
        self.path = path
        self.schema = compiled
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// The DocBook 5.0 schema, from `path` (by default the catalog's or the bundled copy).
    public static func docBook50(path: String = DocBookSchemaLocation.resolve()) throws(XMLParseFailure) -> RelaxNGSchema {
        try RelaxNGSchema(path: path)
    }

    /// Every problem of `xml` against this schema: its well-formedness errors if it is not
    /// well-formed (read under `XMLTreeParser`'s safety policy), else every validity error
    /// with its line (libxml2 gives no column: it is 0). Empty when the document is valid.
    /// libxml2 sometimes adds a cascade "has extra content" error after a real one.
    public func validate(_ xml: String, fileName: String) -> [XMLIssue] {
        let document: LibXMLDocument
        switch LibXMLReader.read(xml, fileName: fileName) {
        case let .success(read): document = read
        case let .failure(failure): return failure.issues
        }
        let collector = LibXMLErrorCollector(file: fileName)
        let result: Int32 = withExtendedLifetime(collector) {
            validationLock.withLock {
                guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                xmlRelaxNGSetValidStructuredErrors(context, LibXMLErrorCollector.directCallback, collector.opaque)
                return xmlRelaxNGValidateDoc(context, document.pointer)
            }
        }
        if result != 0, collector.issues.isEmpty {
            // libxml2 said "invalid" (or failed internally) without reporting why.
            return [XMLIssue(file: fileName, position: XMLPosition(line: 0, column: 0), message: "document is not valid against \(path)")]
        }
        return collector.issues
    }
}
