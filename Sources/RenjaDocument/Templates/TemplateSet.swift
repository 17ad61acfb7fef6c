import Foundation
import RenjaModel
import RenjaXML

/// The parsed templates of a document and the outline that orders them. Parsed once, then
/// filled for any number of plans (batch builds); a project's own templates override the
/// defaults file by file, `outline.xml` included.
public struct TemplateSet: Sendable {
    /// Every parsed template by file name, the outline's included.
    public private(set) var templates: [String: Template]
    public private(set) var outline: TemplateOutline
    /// Every `xml:id` written in a template the outline names: ids the sections renja names
    /// itself must not take.
    private(set) var writtenIDs: Set<String>
    /// Every `teks` key a template the outline names refers to; the spec's other keys print nowhere.
    private(set) var teksKeys: Set<String>

    /// Parses every source; `nil` when any has an error (malformed XML, a DTD or entity, an
    /// outline entry whose file is missing).
    public static func parse(_ sources: [TemplateSource]) -> (TemplateSet?, [Diagnostic]) {
        var templates: [String: Template] = [:]
        let parsed = parseAll(sources, into: &templates)
        return finish(templates, parsed)
    }

    /// This set with `sources` (a project's `templates/` folder) replacing the templates of the
    /// same name and adding new ones; only the new sources are parsed.
    public func overriding(with sources: [TemplateSource]) -> (TemplateSet?, [Diagnostic]) {
        var templates = self.templates
        let parsed = Self.parseAll(sources, into: &templates)
        let (set, diagnostics) = Self.finish(templates, parsed)
        guard let set else { return (nil, diagnostics) }
        return (set, diagnostics + Self.unusedWarnings(sources, outline: set.outline))
    }

    /// A project's template that the outline does not name is never filled: most likely a
    /// misspelt file name (`bab5.xml` for `bab-5.xml`), whose text would silently be missing.
    private static func unusedWarnings(_ sources: [TemplateSource], outline: TemplateOutline) -> [Diagnostic] {
        let named = outline.entries.map(\.file)
        return sources.filter { $0.name != TemplateOutline.fileName && !named.contains($0.name) }.map { source in
            .warning("\(source.name) is named by no entry of the outline, so it is not used" + Suggestion.hint(for: source.name, among: named),
                     at: SourceLocation(file: source.path, line: 1, column: 1))
        }
    }

    /// The `.xml` files of a folder, in name order, named in diagnostics as every input is
    /// (`DisplayPath`). A missing folder has no sources; an unreadable file is an error.
    public static func sources(inDirectory directory: String) -> ([TemplateSource], [Diagnostic]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var sources: [TemplateSource] = []
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".xml") {
            let file = URL(fileURLWithPath: directory).appendingPathComponent(name)
            let path = DisplayPath.of(file)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                diagnostics.append(.error("cannot read \(path)", at: nil))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                // Positioned like a spec or CSV in another encoding: where the text stops being UTF-8.
                let bytes = [UInt8](data)
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
                let invalid = InvalidUTF8.first(in: body)
                diagnostics.append(.error(
                    (invalid?.problem ?? "the file is not UTF-8") + "; save it as UTF-8",
                    at: SourceLocation(file: path, line: invalid?.line ?? 1, column: invalid?.column ?? 1)))
                continue
            }
            sources.append(TemplateSource(name: name, path: path, text: text))
        }
        return (sources, diagnostics)
    }

    /// The default templates of `defaultDirectory`, overridden by those of `projectDirectory`
    /// when given (a project's `templates/` folder, which may not exist).
    public static func load(defaultDirectory: String, projectDirectory: String? = nil) -> (TemplateSet?, [Diagnostic]) {
        let (defaults, readProblems) = sources(inDirectory: defaultDirectory)
        guard !defaults.isEmpty else {
            return (nil, readProblems + [.error("no templates found in \(defaultDirectory)", at: nil)])
        }
        var (set, diagnostics) = parse(defaults)
        diagnostics = readProblems + diagnostics
        guard let projectDirectory, let base = set else { return (set, diagnostics) }
        let (overrides, overrideProblems) = sources(inDirectory: projectDirectory)
        let (overridden, overrideDiagnostics) = base.overriding(with: overrides)
        return (overrideProblems.isEmpty ? overridden : nil, diagnostics + overrideProblems + overrideDiagnostics)
    }

    /// The template named `name`, if the set holds it.
    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// The problems of parsing some sources, and the names of the sources that failed.
    private struct ParseOutcome {
        var diagnostics: [Diagnostic] = []
        var failed: Set<String> = []
    }

    private static func parseAll(_ sources: [TemplateSource], into templates: inout [String: Template]) -> ParseOutcome {
        var outcome = ParseOutcome()
        for source in sources {
            do {
                let root = try XMLTreeParser.parse(source.text, fileName: source.path)
                templates[source.name] = Template(name: source.name, path: source.path, root: root, source: source.text)
            } catch {
                templates[source.name] = nil
                outcome.failed.insert(source.name)
                outcome.diagnostics += error.issues.map { issue in
                    .error(issue.message, at: SourceLocation(file: issue.file, line: issue.position.line, column: issue.position.column))
                }
            }
        }
        return outcome
    }

    /// Reads the outline and checks that every file it names is there.
    private static func finish(_ templates: [String: Template], _ parsed: ParseOutcome) -> (TemplateSet?, [Diagnostic]) {
        guard let outlineTemplate = templates[TemplateOutline.fileName] else {
            let missing: [Diagnostic] = parsed.failed.contains(TemplateOutline.fileName)
                ? [] : [.error("the templates have no \(TemplateOutline.fileName)", at: nil)]
            return (nil, parsed.diagnostics + missing)
        }
        var (outline, diagnostics) = TemplateOutline.read(outlineTemplate)
        diagnostics = parsed.diagnostics + diagnostics
        // A file that failed to parse has its own errors already.
        for entry in outline.entries where templates[entry.file] == nil && !parsed.failed.contains(entry.file) {
            diagnostics.append(.error("the outline names \(entry.file), which is not among the templates", at: entry.location))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let used = outline.entries.compactMap { templates[$0.file]?.names }
        let set = TemplateSet(
            templates: templates, outline: outline,
            writtenIDs: used.reduce(into: []) { $0.formUnion($1.ids) },
            teksKeys: used.reduce(into: []) { $0.formUnion($1.teksKeys) })
        return (set, diagnostics)
    }
}
