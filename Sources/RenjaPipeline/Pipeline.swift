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

    /// Parses the default templates and compiles the DocBook schema: the one at
    /// `docBookSchemaPath`, else renja's subset of DocBook 5.0 embedded in the binary (which
    /// reads no file). `nil` with the reasons when either fails.
    public static func prepare(templatesDirectory: URL, docBookSchemaPath: String? = nil) -> (Pipeline?, [Diagnostic]) {
        let (templates, diagnostics) = TemplateSet.load(defaultDirectory: templatesDirectory.path)
        let schema: RelaxNGSchema
        do {
            if let docBookSchemaPath {
                schema = try RelaxNGSchema(path: docBookSchemaPath)
            } else {
                schema = try RelaxNGSchema.renjaDocBook()
            }
        } catch {
            let reasons = error.issues.map(\.message).joined(separator: "; ")
            let name = docBookSchemaPath ?? RenjaDocBookSchema.name
            return (nil, diagnostics + [.error("cannot load the DocBook schema '\(name)': \(reasons) (name the schema with --schema)", at: nil)])
        }
        guard let templates else { return (nil, diagnostics) }
        return (Pipeline(templates: templates, schema: schema), diagnostics)
    }

    /// Runs every stage of `build(projectAt:)` on one project, the DocBook validated, and keeps
    /// its diagnostics and a summary of what was read instead of the outputs.
    public func check(projectAt directory: URL) -> CheckResult {
        let loaded = Self.load(projectAt: directory)
        guard let computed = compute(loaded) else {
            return CheckResult(diagnostics: diagnostics(ofUnloaded: loaded, projectAt: directory), summary: nil)
        }
        let built = build(computed, projectAt: directory)
        return CheckResult(diagnostics: built.diagnostics, summary: CheckSummary(plan: computed.plan))
    }

    /// Runs every stage up to the outputs, kept in memory: nothing is written when any stage fails.
    public func build(projectAt directory: URL) -> BuildResult {
        let loaded = Self.load(projectAt: directory)
        guard let computed = compute(loaded) else {
            return BuildResult(diagnostics: diagnostics(ofUnloaded: loaded, projectAt: directory), outputs: nil, inputFiles: loaded.inputFiles)
        }
        return build(computed, projectAt: directory)
    }

    /// Stages 3 and 4 for a project already loaded and computed: the archive builds the very
    /// plan and figures it compared and summed up in its manifest. `extraBlocks` are offered
    /// to the templates beside the standard ones (the archive's `tabel-perbandingan`, which
    /// needs an earlier version).
    public func build(_ computed: ComputedPlan, projectAt directory: URL, extraBlocks: [String: Block] = [:]) -> BuildResult {
        let (document, fillDiagnostics) = fill(computed.plan, computed.figures, projectAt: directory, extraBlocks: extraBlocks)
        let diagnostics = computed.diagnostics + fillDiagnostics
        guard let document else {
            return BuildResult(diagnostics: diagnostics, outputs: nil, inputFiles: computed.inputFiles)
        }
        let (outputs, writeDiagnostics) = write(document)
        return BuildResult(diagnostics: diagnostics + writeDiagnostics, outputs: outputs, inputFiles: computed.inputFiles)
    }

    /// Stage 1: the plan spec and CSVs, with every problem positioned. Needs no prepared pipeline.
    public static func load(projectAt directory: URL) -> LoadResult {
        ProjectLoader().load(projectAt: directory)
    }

    /// The diagnostics of a project whose spec or CSVs gave no plan: the loader's, then those
    /// of reading and parsing the project's own templates. They are inputs too, and one run
    /// names every problem it can find, though nothing can be filled.
    public func diagnostics(ofUnloaded loaded: LoadResult, projectAt directory: URL) -> [Diagnostic] {
        let (overrides, readDiagnostics) = Self.templateOverrides(projectAt: directory)
        let parseDiagnostics = overrides.isEmpty ? [] : templates.overriding(with: overrides).1
        return loaded.diagnostics + readDiagnostics + parseDiagnostics
    }

    /// The project's own templates (its `templates/` folder, which may not exist), read.
    private static func templateOverrides(projectAt directory: URL) -> ([TemplateSource], [Diagnostic]) {
        TemplateSet.sources(inDirectory: directory.appendingPathComponent("templates").path)
    }

    /// Stage 2: every derived figure, and the stated figures that disagree with them.
    public func compute(_ plan: Plan) -> (Figures, [Diagnostic]) {
        computeFigures(plan)
    }

    /// Stage 2 for a loaded project: `nil` when loading gave no plan (its diagnostics say why).
    public func compute(_ loaded: LoadResult) -> ComputedPlan? {
        guard let plan = loaded.plan else { return nil }
        let (figures, diagnostics) = compute(plan)
        return ComputedPlan(plan: plan, figures: figures, diagnostics: loaded.diagnostics + diagnostics, inputFiles: loaded.inputFiles)
    }

    /// Stage 3: the templates (the project's overriding the defaults) filled into one numbered tree.
    public func fill(_ plan: Plan, _ figures: Figures, projectAt directory: URL, extraBlocks: [String: Block] = [:]) -> (Document?, [Diagnostic]) {
        let (overrides, readDiagnostics) = Self.templateOverrides(projectAt: directory)
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
        // The planned programmes are matched to the plan once, for the tables and the templates.
        let planned = PlannedProgram.all(plan: plan, figures: figures)
        let blocks = StandardBlocks.make(plan: plan, figures: figures, planned: planned, formatter: formatter)
            .merging(extraBlocks) { standard, _ in standard }
        let context = TemplateContext(plan: plan, figures: figures, planned: planned, formatter: formatter)
        return DocumentBuilder().build(plan: plan, context: context, templates: templates, blocks: blocks)
    }

    /// Stage 4: both writers, serialized; the DocBook is validated against the schema, and an
    /// invalid one is an error at its line in `renja.xml` (a bug in renja, never in the input).
    public func write(_ document: Document) -> ([BuildOutput]?, [Diagnostic]) {
        DocumentRenderer(schema: schema).render(document, htmlName: Self.htmlFileName, docBookName: Self.docBookFileName)
    }

    /// Stage 5: the outputs written atomically into `directory`; returns the names of the
    /// files written (a file already holding its output is left untouched).
    @discardableResult
    public func emit(_ outputs: [BuildOutput], into directory: URL) throws(OutputError) -> [String] {
        try AtomicFileWriter().write(outputs, into: directory)
    }
}
