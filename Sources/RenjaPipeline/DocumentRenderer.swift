import Foundation
import RenjaDocument
import RenjaModel
import RenjaWriters
import RenjaXML

/// Turns one document into its two output files, HTML and DocBook, with the DocBook validated
/// against `schema`: a build's outputs and an archive's comparison reports alike.
public struct DocumentRenderer: Sendable {
    public var schema: RelaxNGSchema
    /// Whether the HTML is written on a second thread while this one writes and validates the
    /// DocBook (the longer of the two). The outputs and diagnostics are the same either way.
    public var writesConcurrently: Bool

    public init(schema: RelaxNGSchema, writesConcurrently: Bool = true) {
        self.schema = schema
        self.writesConcurrently = writesConcurrently
    }

    /// The two files, named `htmlName` and `docBookName`, or the diagnostics that stop them: an
    /// invalid DocBook is an error in `docBookName` (a bug in renja, never in the input), at
    /// its line when validating the written text again finds it there, else at line 0.
    public func render(_ document: Document, htmlName: String, docBookName: String) -> ([BuildOutput]?, [Diagnostic]) {
        let schema = self.schema
        let writeDocBook = { @Sendable in
            Result { try DocBookWriter().render(document, validatingAgainst: schema, fileName: docBookName) }
        }
        let writeHTML = { @Sendable in Result { try HTMLWriter().render(document) } }
        let (docBookResult, htmlResult) = writesConcurrently
            ? TwoThreads.run(writeDocBook, writeHTML)
            : (writeDocBook(), writeHTML())
        let html: Data
        let docBook: XMLValidatedText
        do {
            // The HTML's error first, as when the HTML was written first.
            html = try htmlResult.get()
            docBook = try docBookResult.get()
        } catch {
            return (nil, [.error("cannot serialize the document: \(error)", at: nil)])
        }
        guard docBook.issues.isEmpty else {
            let diagnostics = docBook.issues.map { issue in
                Diagnostic.error(
                    "the DocBook output does not validate against \(schema.name): \(issue.message)",
                    at: SourceLocation(file: issue.file, line: issue.position.line, column: issue.position.column)
                )
            }
            return (nil, diagnostics)
        }
        return ([BuildOutput(name: htmlName, contents: html), BuildOutput(name: docBookName, contents: docBook.data)], [])
    }
}
