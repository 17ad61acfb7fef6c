import RenjaCompute
import RenjaModel

/// Fills the outline's templates into one document tree and numbers it: the "fill" stage.
///
/// Chapters are filled in two passes: their titles and summaries first (Sistematika Penulisan in
/// BAB I lists every chapter, and "terdiri dari 5 (lima) bab" counts them), then everything.
public struct DocumentBuilder: Sendable {
    public init() {}

    /// The document of one plan, or `nil` when a template has an error; the diagnostics say where.
    /// `blocks` are the generated tables, figures and signature blocks by id (`StandardBlocks`).
    public func build(plan: Plan, figures: Figures, templates: TemplateSet, blocks: [String: Block]) -> (Document?, [Diagnostic]) {
        let planned = PlannedProgram.all(plan: plan, figures: figures)
        let context = TemplateContext(plan: plan, figures: figures, planned: planned, formatter: RenjaFormatter(settings: plan.settings))
        return build(plan: plan, context: context, templates: templates, blocks: blocks)
    }

    /// The document of one plan whose context (`TemplateContext(plan:...)`) is ready.
    public func build(plan: Plan, context: TemplateContext, templates: TemplateSet, blocks: [String: Block]) -> (Document?, [Diagnostic]) {
        let (document, diagnostics) = build(context: context, templates: templates, blocks: blocks)
        return (document, diagnostics + Self.unusedTeksWarnings(plan, templates: templates))
    }

    /// A spec's `teks` key that no template refers to prints nowhere: most likely it is
    /// misspelt (`latar_belakng`), and its paragraphs would be missing without a word.
    private static func unusedTeksWarnings(_ plan: Plan, templates: TemplateSet) -> [Diagnostic] {
        let used = templates.teksKeys.sorted()
        return plan.teks.keys.sorted().filter { !templates.teksKeys.contains($0) }.map { key in
            .warning("teks.\(key) is referred to by no template, so its text is printed nowhere" + Suggestion.hint(for: key, among: used),
                     at: plan.teksLocations[key])
        }
    }

    /// The document filled from a ready context.
    public func build(context: TemplateContext, templates: TemplateSet, blocks: [String: Block]) -> (Document?, [Diagnostic]) {
        var fill = Fill(templates: templates, blocks: blocks)
        var fields = context.fields
        let headings = templates.outline.parts.filter { $0.kind == .chapter }.compactMap { part in
            fill.render(part.file) { $0.renderChapterHeading(in: TemplateScope(root: context.fields)) }
        }
        fields["bab"] = .list(headings.map { heading in
            .record(["id": .text(heading.id), "judul": .text(heading.title), "ringkasan": .text(heading.summary)])
        })
        fields["jumlah_bab"] = .text(context.formatter.countWithWords(headings.count))
        // Which generated blocks exist, so that a template can place an optional one (the
        // comparison table of a Renja Perubahan) only when the build offers it.
        let offered = Set(blocks.keys).union(StandardBlocks.optionalIDs)
        fields["blok"] = .record(Dictionary(uniqueKeysWithValues: offered.map { ($0, TemplateValue.flag(blocks[$0] != nil)) }))
        let scope = TemplateScope(root: fields)

        let cover = templates.outline.cover.flatMap { entry in fill.render(entry.file) { $0.renderCover(in: scope) } }
        var sections: [Section] = []
        for part in templates.outline.parts {
            let kind: Section.Kind = part.kind == .chapter ? .chapter : .front
            guard var section = fill.render(part.file, { $0.renderSection(kind: kind, in: scope) }) else { continue }
            for insertion in part.insertions {
                guard let added = fill.render(insertion.file, { $0.renderSection(kind: .section, in: scope) }) else { continue }
                fill.insert(added, into: &section, insertion: insertion)
            }
            sections.append(section)
        }

        let document = Document(coverLines: cover?.lines ?? [], title: cover?.title ?? "", sections: sections)
        let (numbered, unresolved) = DocumentNumbering().number(document)
        for reference in fill.references where unresolved.contains(reference.id) {
            fill.diagnostics.append(.error("<xref linkend=\"\(reference.id)\"/> names nothing in the document", at: reference.location))
        }
        fill.reportRepeatedAnchors()
        for id in blocks.keys.sorted() where !fill.placedBlocks.contains(id) {
            // A project outline or template that drops a standard form should not lose it unnoticed.
            fill.diagnostics.append(.warning("the generated block '\(id)' is placed by no template", at: nil))
        }
        let diagnostics = Self.withoutRepeats(fill.diagnostics)
        return (diagnostics.hasErrors ? nil : numbered, diagnostics)
    }

    /// The chapter-heading pass meets the chapter titles again in the full pass; each problem is
    /// reported once.
    private static func withoutRepeats(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// The state of one build: the diagnostics and references of every template filled so far.
    private struct Fill {
        let templates: TemplateSet
        let blocks: [String: Block]
        /// The ids a section renja names itself must not take (`TemplateRenderer.reservedIDs`).
        let reservedIDs: Set<String>
        var diagnostics: [Diagnostic] = []
        var references: [TemplateIDUse] = []
        var anchors: [TemplateIDUse] = []
        var placedBlocks: Set<String> = []

        init(templates: TemplateSet, blocks: [String: Block]) {
            self.templates = templates
            self.blocks = blocks
            reservedIDs = templates.writtenIDs.union(blocks.keys)
        }

        /// Runs `body` with a renderer for the template `file` and keeps its findings.
        mutating func render<Result>(_ file: String, _ body: (inout TemplateRenderer) -> Result) -> Result? {
            // TemplateSet checks that every outline entry has its template.
            guard let template = templates.template(named: file) else { return nil }
            var renderer = TemplateRenderer(template: template, blocks: blocks, reservedIDs: reservedIDs)
            let result = body(&renderer)
            diagnostics += renderer.diagnostics
            references += renderer.references
            anchors += renderer.anchors
            placedBlocks.formUnion(renderer.placedBlocks)
            return result
        }

        /// Two sections with one `xml:id`, or one table placed twice, would make links ambiguous.
        /// (The chapter-heading pass records a chapter's id once more: only distinct places count.)
        mutating func reportRepeatedAnchors() {
            var firstPlace: [String: SourceLocation] = [:]
            for anchor in anchors {
                guard let first = firstPlace[anchor.id] else {
                    firstPlace[anchor.id] = anchor.location
                    continue
                }
                if first != anchor.location {
                    diagnostics.append(.error("the id '\(anchor.id)' is already used at \(first)", at: anchor.location))
                }
            }
        }

        /// Places an added section after the sub-section its outline entry names, or last.
        mutating func insert(_ added: Section, into chapter: inout Section, insertion: TemplateOutline.Insertion) {
            guard let after = insertion.after else {
                chapter.subsections.append(added)
                return
            }
            guard let index = chapter.subsections.firstIndex(where: { $0.id == after }) else {
                let known = chapter.subsections.map(\.id).joined(separator: ", ")
                diagnostics.append(.error("no section '\(after)' in \(chapter.id) to add \(insertion.file) after (there are: \(known))", at: insertion.location))
                return
            }
            chapter.subsections.insert(added, at: index + 1)
        }
    }
}
