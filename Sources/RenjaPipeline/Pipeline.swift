import Foundation
import RenjaCompute
import RenjaDocument
import RenjaLoader
import RenjaModel
import RenjaWriters
import RenjaXML

/// The stages of a build in order, each a named step: load -> compute -> fill -> write ->
/// emit. Templates and the DocBook schema are prepared once and serve any number of projects.
public struct Pipeline: Sendable {
    /// The default templates, parsed once; a project's own `templates/` folder overrides them.
    public let templates: TemplateSet
    /// The RELAX NG schema every DocBook output is validated against: renja's own subset of
    /// DocBook 5.0 unless the caller named another (the official schema, for an audit).
    public let schema: RelaxNGSchema

    /// The file names of the outputs, in the order they are written.
    public static let htmlFileName = "renja.html"
    public static let docBookFileName = "renja.xml"

    /// Whether stage 4 writes the HTML on a second thread beside the DocBook (see
    /// `DocumentRenderer.writesConcurrently`); the outputs are the same either way.
    public var writesConcurrently = true

    /// Parses the default templates and compiles the DocBook schema, at the same time: the one
    /// at `docBookSchemaPath`, else renja's subset of DocBook 5.0 embedded in the binary (which
    /// reads no file). `nil` with the reasons when either fails: the templates' first, then the
    /// schema's.
    public static func prepare(templatesDirectory: URL, docBookSchemaPath: String? = nil) -> (Pipeline?, [Diagnostic]) {
        let (templates, schema) = TwoThreads.run(
            { TemplateSet.load(defaultDirectory: templatesDirectory.path) },
            { compileSchema(at: docBookSchemaPath) }
        )
        return assemble(templates, schema)
    }

    /// `prepare(templatesDirectory:docBookSchemaPath:)` and stage 1 (`load(projectAt:)`) of
    /// `project` at the same time, for a build of one project: the load beside the templates
    /// and then the schema, on this 2-core machine the best split of the three (seed, warm:
    /// load 3.1 ms beside 2.6 + 1.0 ms). The diagnostics are the preparation's; the load's
    /// are in its result, which is of no use when the pipeline is `nil`.
    public static func prepare(
        templatesDirectory: URL, docBookSchemaPath: String? = nil, loadingProjectAt project: URL
    ) -> (Pipeline?, [Diagnostic], LoadResult) {
        let (prepared, loaded) = TwoThreads.run(
            { assemble(TemplateSet.load(defaultDirectory: templatesDirectory.path), compileSchema(at: docBookSchemaPath)) },
            { load(projectAt: project) }
        )
        return (prepared.0, prepared.1, loaded)
    }

    /// The schema at `path`, else renja's own; or the error that says why it cannot be compiled.
    private static func compileSchema(at path: String?) -> (RelaxNGSchema?, [Diagnostic]) {
        do {
            if let path {
                return (try RelaxNGSchema(path: path), [])
            }
            return (try RelaxNGSchema.renjaDocBook(), [])
        } catch {
            let reasons = error.issues.map(\.message).joined(separator: "; ")
            let name = path ?? RenjaDocBookSchema.name
            return (nil, [.error("cannot load the DocBook schema '\(name)': \(reasons) (name the schema with --schema)", at: nil)])
        }
    }

    /// The pipeline from the loaded templates and the compiled schema, or every reason it
    /// cannot be made: the templates' diagnostics, then the schema's.
    private static func assemble(
        _ loadedTemplates: (TemplateSet?, [Diagnostic]), _ compiledSchema: (RelaxNGSchema?, [Diagnostic])
    ) -> (Pipeline?, [Diagnostic]) {
        let (templates, templateDiagnostics) = loadedTemplates
        let (schema, schemaDiagnostics) = compiledSchema
        let diagnostics = templateDiagnostics + schemaDiagnostics
        guard let templates, let schema else { return (nil, diagnostics) }
        return (Pipeline(templates: templates, schema: schema), diagnostics)
    }

    /// Loads, validates, computes and fills one project without writing anything.
    public func check(projectAt directory: URL) -> CheckResult {
        check(Self.load(projectAt: directory), projectAt: directory)
    }

    /// `check(projectAt:)` for a project already loaded (stage 1), as
    /// `prepare(templatesDirectory:docBookSchemaPath:loadingProjectAt:)` gives it.
    public func check(_ loaded: LoadResult, projectAt directory: URL) -> CheckResult {
        guard let plan = loaded.plan else {
            return CheckResult(diagnostics: loaded.diagnostics, summary: nil)
        }
        let (figures, computeDiagnostics) = compute(plan)
        let (_, fillDiagnostics) = fill(plan, figures, projectAt: directory)
        let summary = CheckSummary(plan: plan)
        return CheckResult(diagnostics: loaded.diagnostics + computeDiagnostics + fillDiagnostics, summary: summary)
    }

    /// Runs every stage up to the outputs, kept in memory: nothing is written when any stage fails.
    /// `extraBlocks` are offered to the templates beside the standard ones (the archive's
    /// `tabel-perbandingan`, which needs an earlier version).
    public func build(projectAt directory: URL, extraBlocks: [String: Block] = [:]) -> BuildResult {
        build(Self.load(projectAt: directory), projectAt: directory, extraBlocks: extraBlocks)
    }

    /// `build(projectAt:extraBlocks:)` for a project already loaded (stage 1): the archive
    /// builds the very plan it read for its comparison and manifest.
    public func build(_ loaded: LoadResult, projectAt directory: URL, extraBlocks: [String: Block] = [:]) -> BuildResult {
        guard let plan = loaded.plan else {
            return BuildResult(diagnostics: loaded.diagnostics, outputs: nil, inputFiles: loaded.inputFiles)
        }
        let (figures, computeDiagnostics) = compute(plan)
        var diagnostics = loaded.diagnostics + computeDiagnostics
        let (document, fillDiagnostics) = fill(plan, figures, projectAt: directory, extraBlocks: extraBlocks)
        diagnostics += fillDiagnostics
        guard let document else {
            return BuildResult(diagnostics: diagnostics, outputs: nil, inputFiles: loaded.inputFiles)
        }
        let (outputs, writeDiagnostics) = write(document)
        return BuildResult(diagnostics: diagnostics + writeDiagnostics, outputs: outputs, inputFiles: loaded.inputFiles)
    }

    /// Stage 1: the plan spec and CSVs, with every problem positioned. Needs no prepared pipeline.
    public static func load(projectAt directory: URL) -> LoadResult {
        ProjectLoader().load(projectAt: directory)
    }

    /// Stage 2: every derived figure, and the stated figures that disagree with them.
    public func compute(_ plan: Plan) -> (Figures, [Diagnostic]) {
        computeFigures(plan)
    }

    /// Stage 3: the templates (the project's overriding the defaults) filled into one numbered tree.
    public func fill(_ plan: Plan, _ figures: Figures, projectAt directory: URL, extraBlocks: [String: Block] = [:]) -> (Document?, [Diagnostic]) {
        let (overrides, readDiagnostics) = TemplateSet.sources(inDirectory: directory.appendingPathComponent("templates").path)
        let (document, diagnostics) = fill(plan, figures, overrides: overrides, extraBlocks: extraBlocks)
        return (document, readDiagnostics + diagnostics)
    }

    /// Stage 3 with the project's template overrides already read; `extraBlocks` are generated
    /// blocks only some builds can offer (the archive's comparison table).
    public func fill(
        _ plan: Plan, _ figures: Figures, overrides: [TemplateSource], extraBlocks: [String: Block] = [:]
    ) -> (Document?, [Diagnostic]) {
        var templates = self.templates
        if !overrides.isEmpty {
            let (overridden, diagnostics) = templates.overriding(with: overrides)
            guard let overridden else { return (nil, diagnostics) }
            templates = overridden
        }
        let formatter = RenjaFormatter(settings: plan.settings)
        let blocks = StandardBlocks.make(plan: plan, figures: figures, formatter: formatter).merging(extraBlocks) { standard, _ in standard }
        return DocumentBuilder().build(plan: plan, figures: figures, templates: templates, blocks: blocks)
    }

    /// Stage 4: both writers, serialized (on two threads unless `writesConcurrently` is off); the DocBook is validated against the schema, and an
    /// invalid one is an error at its line in `renja.xml` (a bug in renja, never in the input).
    public func write(_ document: Document) -> ([BuildOutput]?, [Diagnostic]) {
        DocumentRenderer(schema: schema, writesConcurrently: writesConcurrently).render(document, htmlName: Self.htmlFileName, docBookName: Self.docBookFileName)
    }

    /// Stage 5: the outputs written atomically into `directory`; returns the names of the
    /// files written (a file already holding its output is left untouched).
    @discardableResult
    public func emit(_ outputs: [BuildOutput], into directory: URL) throws(OutputError) -> [String] {
        try AtomicFileWriter().write(outputs, into: directory)
    }
}
