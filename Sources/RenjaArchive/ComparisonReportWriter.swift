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
        let (rendered, diagnostics) = DocumentRenderer(schema: schema).render(document, htmlName: baseName + ".html", docBookName: baseName + ".xml")
        guard let outputs = rendered else { return ([], diagnostics) }
        let directory = newer.directory.appendingPathComponent(VersionVerifier.reportDirectoryName)
        do {
            try AtomicFileWriter().write(outputs, into: directory)
        } catch {
            return ([], [.error("\(error)", at: nil)])
        }
        return (outputs.map { directory.appendingPathComponent($0.name) }, [])
    }
}
