import Foundation
import RenjaPipeline

/// Where the default templates and the DocBook schema are, shared by the commands that build.
struct ResourceOptions {
    static let templatesOption = CommandLineOption.option("templates", help: "The folder of the default templates (default: the nearest 'templates' folder above the current directory or the renja executable).")
    static let schemaOption = CommandLineOption.option("schema", valueName: "path", help: "A RELAX NG schema to validate the DocBook output against instead of renja's own (a strict subset of DocBook 5.0, built in). For an audit against full DocBook 5.0, name the official schema, e.g. /usr/share/xml/docbook/schema/rng/5.0/docbook.rng (slower).")
    static let options = [templatesOption, schemaOption]

    var templates: String?
    var schema: String?

    init(_ commandLine: ParsedCommandLine) {
        templates = commandLine.value(of: Self.templatesOption)
        schema = commandLine.value(of: Self.schemaOption)
    }

    /// The pipeline with templates parsed and the schema compiled, or exit 1 after saying why.
    func preparePipeline() throws -> Pipeline {
        guard let directory = templates.map({ URL(fileURLWithPath: $0) }) ?? Self.findTemplates() else {
            FileHandle.standardError.write(Data("error: cannot find the default templates; name them with --templates DIR\n".utf8))
            throw ExitCode.failure
        }
        let (pipeline, diagnostics) = Pipeline.prepare(templatesDirectory: directory, docBookSchemaPath: schema)
        DiagnosticPrinter().print(diagnostics)
        guard let pipeline else { throw ExitCode.failure }
        return pipeline
    }

    /// The nearest `templates/outline.xml` above the current directory, then above the
    /// executable (`.build/debug/renja` lives inside the checkout).
    private static func findTemplates() -> URL? {
        let starts = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
        ]
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent("templates")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("outline.xml").path) {
                    return candidate
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }
}
