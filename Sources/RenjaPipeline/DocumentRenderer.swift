import Foundation
import RenjaDocument
import RenjaModel
import RenjaWriters
import RenjaXML

/// Turns one document into its two output files, HTML and DocBook, with the DocBook validated
/// against `schema`: a build's outputs and an archive's comparison reports alike.
public struct DocumentRenderer: Sendable {
    public var schema: RelaxNGSchema

    public init(schema: RelaxNGSchema) {
        self.schema = schema
    }

    /// The two files, named `htmlName` and `docBookName`, or the diagnostics that stop them: an
    /// invalid DocBook is an error in `docBookName` (a bug in renja, never in the input), at
    /// its line when validating the written text again finds it there, else at line 0.
    public func render(_ document: Document, htmlName: String, docBookName: String) -> ([BuildOutput]?, [Diagnostic]) {
        let html: Data
        let docBook: XMLValidatedText
        do {
            html = try HTMLWriter().render(document)
            docBook = try DocBookWriter().render(document, validatingAgainst: schema, fileName: docBookName)
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
