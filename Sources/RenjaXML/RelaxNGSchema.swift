import CLibXML2
import Foundation

/// A compiled RELAX NG schema, loaded once and used to validate many documents.
///
/// Thread safety: one instance may be shared and `validate` called from several threads at
/// once. Each call creates its own validation context; the validation itself is serialized
/// by an internal lock, because libxml2 does not document concurrent use of one compiled
/// `xmlRelaxNG` as safe; a stream validator holds that lock for its whole life
/// (`streamValidator(fileName:)`). `recompiled()` gives a worker a copy of its own, which
/// needs no lock shared with the others.
public final class RelaxNGSchema: @unchecked Sendable {
    /// Where the schema was read from: a file, or text held in memory.
    public enum Source: Sendable, Equatable {
        case file(path: String)
        /// `name` stands for the text in messages, as a file name would.
        case text(String, name: String)
    }

    /// What this was compiled from.
    public let source: Source
    /// The compiled schema: every validation against it holds `validationLock`.
    private let compiled: xmlRelaxNGPtr
    /// Serializes every validation against `compiled` (see the type's thread safety).
    private let validationLock = NSLock()

    /// The schema's file path, or the name its text goes by.
    public var name: String {
        source.name
    }

    /// Compiles the schema at `path`; the failure lists every error libxml2 reported.
    public convenience init(path: String) throws(XMLParseFailure) {
        try self.init(source: .file(path: path))
    }

    /// Compiles the schema `source`; the failure lists every error libxml2 reported. A text
    /// schema is compiled without touching the file system (a schema embedded in the binary),
    /// so it must not include or reference other files.
    public init(source: Source) throws(XMLParseFailure) {
        LibXML.initialize()
        self.source = source
        let collector = LibXMLErrorCollector(file: source.name)
        let compiled: xmlRelaxNGPtr? = withExtendedLifetime(collector) {
            Self.withParserContext(reading: source) { context in
                xmlRelaxNGSetParserStructuredErrors(context, LibXMLErrorCollector.directCallback, collector.opaque)
                // Reading the schema itself uses an internal parser context that reports
                // through the thread's structured handler (else to stderr): catch those too.
                xmlSetStructuredErrorFunc(collector.opaque, LibXMLErrorCollector.directCallback)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                return xmlRelaxNGParse(context)
            }
        }
        guard let compiled, collector.issues.isEmpty else {
            if let compiled { xmlRelaxNGFree(compiled) }
            throw XMLParseFailure(issues: collector.issues.isEmpty
                ? [XMLIssue(file: source.name, position: XMLPosition(line: 0, column: 0), message: "cannot load RELAX NG schema")]
                : collector.issues)
        }
        self.compiled = compiled
    }

    deinit {
        xmlRelaxNGFree(compiled)
    }

    /// Runs `parse` with a parser context reading `source`, then frees the context. A text
    /// schema is read in place: `xmlRelaxNGNewMemParserCtxt` keeps only a pointer to the
    /// bytes, so the whole parse happens while they are borrowed.
    private static func withParserContext(
        reading source: Source, _ parse: (xmlRelaxNGParserCtxtPtr) -> xmlRelaxNGPtr?
    ) -> xmlRelaxNGPtr? {
        switch source {
        case let .file(path):
            guard let context = xmlRelaxNGNewParserCtxt(path) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(context) }
            return parse(context)
        case let .text(text, _):
            var utf8 = text
            return utf8.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    guard let context = xmlRelaxNGNewMemParserCtxt(characters.baseAddress, Int32(characters.count)) else { return nil }
                    defer { xmlRelaxNGFreeParserCtxt(context) }
                    return parse(context)
                }
            }
        }
    }

    /// A second compilation of the same schema, for a thread of its own.
    public func recompiled() throws(XMLParseFailure) -> RelaxNGSchema {
        try RelaxNGSchema(source: source)
    }

    /// renja's own DocBook grammar, a strict subset of DocBook 5.0 compiled from the text
    /// embedded in the binary: what every build validates against by default.
    public static func renjaDocBook() throws(XMLParseFailure) -> RelaxNGSchema {
        try RelaxNGSchema(source: .text(RenjaDocBookSchema.text, name: RenjaDocBookSchema.name))
    }

    /// A validator for one document written under `fileName` (the name its issues carry),
    /// told of the markup as it is written.
    ///
    /// The lock's scope: the validator holds this schema's validation lock from here until
    /// its `finish()` (or its end, if it is never finished). Use it on one thread, finish it
    /// before validating anything else against this schema on that thread, and expect other
    /// threads' validations of this schema to wait for it.
    func streamValidator(fileName: String) -> RelaxNGStreamValidator {
        LibXML.initialize()
        validationLock.lock()
        let context = xmlRelaxNGNewValidCtxt(compiled)
        // The closure holds `self`: the compiled schema outlives the context that reads it.
        return RelaxNGStreamValidator(context: context, schemaName: name, fileName: fileName) { [self] in
            if let context {
                xmlRelaxNGFreeValidCtxt(context)
            }
            validationLock.unlock()
        }
    }

    /// Every problem of `xml` against this schema: its well-formedness errors if it is not
    /// well-formed (read under `XMLTreeParser`'s safety policy), else every validity error
    /// with its line (libxml2 gives no column: it is 0). Empty when the document is valid.
    /// libxml2 sometimes adds a cascade "has extra content" error after a real one.
    public func validate(_ xml: String, fileName: String) -> [XMLIssue] {
        switch LibXMLReader.read(xml, fileName: fileName) {
        case let .success(document): validate(document, fileName: fileName)
        case let .failure(failure): failure.issues
        }
    }

    /// Every validity error of a document libxml2 already holds (parsed or built), reported
    /// under `fileName` at the lines its nodes carry (none for a built document: line 0).
    func validate(_ document: LibXMLDocument, fileName: String) -> [XMLIssue] {
        let collector = LibXMLErrorCollector(file: fileName)
        let result: Int32 = withExtendedLifetime(collector) {
            validationLock.withLock {
                guard let context = xmlRelaxNGNewValidCtxt(compiled) else { return -1 }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                xmlRelaxNGSetValidStructuredErrors(context, LibXMLErrorCollector.directCallback, collector.opaque)
                // Its last check, that every IDREF names an ID, reports through the thread's
                // structured handler, not the context's: without one the message went to
                // stderr and the caller got only "not valid".
                xmlSetStructuredErrorFunc(collector.opaque, LibXMLErrorCollector.directCallback)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                return xmlRelaxNGValidateDoc(context, document.pointer)
            }
        }
        if result != 0, collector.issues.isEmpty {
            // libxml2 said "invalid" (or failed internally) without reporting why.
            return [XMLIssue(file: fileName, position: XMLPosition(line: 0, column: 0), message: "document is not valid against \(name)")]
        }
        return collector.issues
    }
}

extension RelaxNGSchema.Source {
    /// The file path, or the name the text goes by.
    public var name: String {
        switch self {
        case let .file(path): path
        case let .text(_, name): name
        }
    }
}
