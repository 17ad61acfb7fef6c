import Foundation
import RenjaCompute
import RenjaDocument
import RenjaModel
import RenjaPipeline
import RenjaWriters
import RenjaXML

/// Writes a comparison as HTML and DocBook (validated against the pipeline's schema) into the
/// newer version's `perbandingan/` folder, named after the older version:
/// `perbandingan/dari-001-rancangan.html` and `.xml`.
public struct ComparisonReportWriter: Sendable {
    public var schema: RelaxNGSchema

    public init(schema: RelaxNGSchema) {
        self.schema = schema
    }

    /// The files written, or the diagnostics that stopped writing.
    public func write(_ comparison: Comparison, opd: String, settings: Settings, from older: ArchivedVersion, into newer: ArchivedVersion) -> ([URL], [Diagnostic]) {
        let document = ComparisonReport(formatter: RenjaFormatter(settings: settings)).document(comparison, opd: opd)
        let baseName = "dari-" + older.name
        let html: String
        let docBook: String
        do {
            html = try HTMLWriter().render(document)
            docBook = try DocBookWriter().render(document)
        } catch {
            return ([], [.error("cannot serialize the comparison: \(error)", at: nil)])
        }
        let issues = schema.validate(docBook, fileName: baseName + ".xml")
        guard issues.isEmpty else {
            return ([], issues.map { .error("the comparison's DocBook is not valid DocBook 5.0: \($0.message)", at: nil) })
        }
        let directory = newer.directory.appendingPathComponent(VersionVerifier.reportDirectoryName)
        let outputs = [BuildOutput(name: baseName + ".html", contents: Data(html.utf8)), BuildOutput(name: baseName + ".xml", contents: Data(docBook.utf8))]
        do {
            try AtomicFileWriter().write(outputs, into: directory)
        } catch {
            return ([], [.error("\(error)", at: nil)])
        }
        return (outputs.map { directory.appendingPathComponent($0.name) }, [])
    }
}
