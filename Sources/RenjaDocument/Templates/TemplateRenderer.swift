import RenjaModel
import RenjaXML

/// Fills one parsed template with a context and turns it into document-tree values. Problems are
/// collected as positioned diagnostics; the renderer goes on after one, so that a user sees every
/// problem of a template in one run, and never leaves a value silently empty.
struct TemplateRenderer {
    /// A template node with the names visible where it stood (loop variables included).
    private struct ScopedNode {
        var node: XMLNode
        var scope: TemplateScope
    }

    private typealias Names = TemplateVocabulary

    let template: Template
    let blocks: [String: Block]
    /// Ids written somewhere in the document's templates, and the blocks' ids: an id made for
    /// a section without `xml:id` keeps clear of them.
    let reservedIDs: Set<String>
    private(set) var diagnostics: [Diagnostic] = []
    /// The `xref` targets, in order.
    private(set) var references: [TemplateIDUse] = []
    /// The section ids (given by `xml:id`, or made for a section without one) and the tables
    /// and figures placed, in order.
    private(set) var anchors: [TemplateIDUse] = []
    /// The ids of every block placed, signature blocks included.
    private(set) var placedBlocks: Set<String> = []

    init(template: Template, blocks: [String: Block], reservedIDs: Set<String>) {
        self.template = template
        self.blocks = blocks
        self.reservedIDs = reservedIDs
    }

    // MARK: Roots

    /// The cover lines and the document title of a cover template (`<info>` root).
    mutating func renderCover(in scope: TemplateScope) -> (lines: [String], title: String) {
        let root = template.root
        guard expectRoot(Names.info) else { return ([], "") }
        var lines: [String] = []
        var title: String?
        for scoped in expand(root.children, in: scope) {
            guard let child = element(scoped, inside: root) else { continue }
            switch child.name {
            case Names.title:
                title = plainText(child, in: scoped.scope)
            case Names.coverPage:
                for line in expand(child.children, in: scoped.scope) {
                    guard let paragraph = element(line, inside: child) else { continue }
                    if paragraph.name == Names.paragraph {
                        lines.append(plainText(paragraph, in: line.scope))
                    } else {
                        reportMisplaced(paragraph, inside: child)
                    }
                }
            default:
                reportMisplaced(child, inside: root)
            }
        }
        if title == nil { report("a cover needs a <title>", at: template.location(of: root)) }
        return (lines, title ?? "")
    }

    /// The section a front-matter (`<preface>`), chapter (`<chapter>`) or added-section
    /// (`<section>`) template makes.
    mutating func renderSection(kind: Section.Kind, in scope: TemplateScope) -> Section {
        guard expectRoot(Self.rootName(of: kind)) else {
            return Section(id: template.name, kind: kind, title: "", blocks: [])
        }
        return section(template.root, kind: kind, in: scope, fallbackID: template.name)
    }

    /// A chapter's id, title and the summary its `<info><abstract>` declares for Sistematika
    /// Penulisan, read before the chapters are filled (the summaries are part of BAB I). Only
    /// the chapter's direct `title` and `info` are read: the rest may use names (`bab`) that
    /// this pass is computing.
    mutating func renderChapterHeading(in scope: TemplateScope) -> (id: String, title: String, summary: String) {
        let root = template.root
        guard expectRoot(Names.chapter) else { return (template.name, "", "") }
        var title = ""
        var summary: [String] = []
        for case .element(let child) in root.children {
            if child.name == Names.title {
                title = plainText(child, in: scope)
            } else if child.name == Names.info {
                summary += abstractParagraphs(of: child, in: scope)
            }
        }
        return (sectionID(of: root, fallback: template.name), title, summary.joined(separator: " "))
    }

    private static func rootName(of kind: Section.Kind) -> String {
        switch kind {
        case .front: Names.front
        case .chapter: Names.chapter
        case .section: Names.section
        }
    }

    private mutating func expectRoot(_ name: String) -> Bool {
        guard template.root.name == name, template.root.namespace == XMLNamespaceURI.docBook else {
            report(
                "this template's root must be <\(name) xmlns=\"\(XMLNamespaceURI.docBook)\">, not <\(template.root.name)>",
                at: template.location(of: template.root))
            return false
        }
        return true
    }

    private mutating func abstractParagraphs(of info: XMLElement, in scope: TemplateScope) -> [String] {
        var paragraphs: [String] = []
        for scoped in expand(info.children, in: scope) {
            guard let abstract = element(scoped, inside: info) else { continue }
            guard abstract.name == Names.abstract else { reportMisplaced(abstract, inside: info); continue }
            for inner in expand(abstract.children, in: scoped.scope) {
                guard let paragraph = element(inner, inside: abstract) else { continue }
                guard paragraph.name == Names.paragraph else { reportMisplaced(paragraph, inside: abstract); continue }
                paragraphs.append(plainText(paragraph, in: inner.scope))
            }
        }
        return paragraphs
    }

    // MARK: Sections and blocks

    private mutating func section(_ element: XMLElement, kind: Section.Kind, in scope: TemplateScope, fallbackID: String) -> Section {
        let id = sectionID(of: element, fallback: fallbackID)
        var title: String?
        var blocks: [Block] = []
        var subsections: [Section] = []
        for scoped in expand(element.children, in: scope) {
            guard let child = self.element(scoped, inside: element) else { continue }
            switch child.name {
            case Names.title:
                if title != nil { report("<\(element.name)> has a second <title>", at: template.location(of: child)) }
                title = plainText(child, in: scoped.scope)
            case Names.info where kind == .chapter:
                continue  // the chapter summary, read by renderChapterHeading for Sistematika Penulisan
            case Names.section:
                subsections.append(section(child, kind: .section, in: scoped.scope, fallbackID: "\(id)-\(subsections.count + 1)"))
            default:
                let made = block(child, inside: element, in: scoped.scope)
                if !subsections.isEmpty && !made.isEmpty {
                    // The tree keeps a section's blocks before its sub-sections, so text after a
                    // sub-section would move; better to say so than to reorder silently.
                    report("<\(child.name)> after a <section>: a section's text must come before its sub-sections", at: template.location(of: child))
                }
                blocks += made
            }
        }
        if title == nil { report("<\(element.name)> needs a <title>", at: template.location(of: element)) }
        return Section(id: id, kind: kind, title: title ?? "", blocks: blocks, subsections: subsections)
    }

    /// The section's `xml:id`, or else an id made from `fallback` (its template's file name,
    /// or its place: `bab-1-2`) that no template writes: a template may well name another
    /// section `bab-1-2`, and one id on two sections makes the DocBook invalid. libxml2 checks
    /// that an `xml:id` is a plain name, so it never holds a placeholder.
    private mutating func sectionID(of element: XMLElement, fallback: String) -> String {
        var id = fallback
        if let written = element.attribute("xml:id") {
            id = written
        } else {
            var suffix = 2
            while reservedIDs.contains(id) {
                id = "\(fallback)_\(suffix)"
                suffix += 1
            }
        }
        // Made ids are anchors too: two made alike (a file named like another's made id) are
        // reported at the sections, not left to fail validation.
        anchors.append(TemplateIDUse(id: id, location: template.location(of: element)))
        return id
    }

    /// The blocks one block-level element makes (none when it is in error).
    private mutating func block(_ element: XMLElement, inside parent: XMLElement, in scope: TemplateScope) -> [Block] {
        if Names.renjaName(of: element) == Names.block {
            guard let ref = requiredAttribute("ref", of: element, in: scope) else { return [] }
            guard let block = blocks[ref] else {
                report("unknown block '\(ref)' (known: \(blocks.keys.sorted().joined(separator: ", ")))", at: template.location(of: element))
                return []
            }
            placedBlocks.insert(ref)
            if Self.hasID(block) { anchors.append(TemplateIDUse(id: ref, location: template.location(of: element))) }
            return [block]
        }
        switch element.name {
        case Names.paragraph:
            return [.paragraph(inlines(of: element, in: scope))]
        case Names.bulletList, Names.orderedList:
            // A list whose r:each selects nothing (a spec without landasan_hukum) is left out:
            // it would print nothing, and DocBook requires at least one listitem.
            let made = list(element, in: scope)
            return made.items.isEmpty ? [] : [.list(made)]
        case Names.tableOfContents:
            return [.tableOfContents]
        default:
            reportMisplaced(element, inside: parent)
            return []
        }
    }

    /// Tables and figures are anchors (`xref` targets); a signature block may stand twice.
    private static func hasID(_ block: Block) -> Bool {
        switch block {
        case .table, .figure: true
        case .paragraph, .list, .signature, .tableOfContents: false
        }
    }

    private mutating func list(_ element: XMLElement, in scope: TemplateScope) -> ListBlock {
        var items: [[Block]] = []
        for scoped in expand(element.children, in: scope) {
            guard let item = self.element(scoped, inside: element) else { continue }
            guard item.name == Names.listItem else { reportMisplaced(item, inside: element); continue }
            // An item whose only content was an empty list is left out with it.
            let blocks = itemBlocks(item, in: scoped.scope)
            if !blocks.isEmpty { items.append(blocks) }
        }
        return ListBlock(marker: marker(of: element), items: items)
    }

    /// DocBook's `numeration` (arabic, loweralpha, upperalpha); `role="paren"` on an arabic
    /// list gives "1)". Any other numeration is an error rather than a silent "1.".
    private mutating func marker(of list: XMLElement) -> ListBlock.Marker {
        guard list.name == Names.orderedList else { return .bullet }
        switch list.attribute("numeration") {
        case "loweralpha": return .loweralpha
        case "upperalpha": return .upperalpha
        case "arabic", nil: return list.attribute("role") == "paren" ? .arabicParen : .arabic
        case let other?:
            report("numeration=\"\(other)\" is not supported; use arabic, loweralpha or upperalpha", at: template.location(of: list))
            return .arabic
        }
    }

    /// A list item holds either blocks (`<para>`, lists, `r:block`) or, for brevity, inline
    /// content only, which makes one paragraph.
    private mutating func itemBlocks(_ item: XMLElement, in scope: TemplateScope) -> [Block] {
        let children = expand(item.children, in: scope)
        let holdsBlocks = children.contains { scoped in
            guard case .element(let child) = scoped.node else { return false }
            return Self.blockNames.contains(child.name) || Names.renjaName(of: child) == Names.block
        }
        guard holdsBlocks else { return [.paragraph(Self.normalized(inlines(children, inside: item)))] }
        var blocks: [Block] = []
        for scoped in children {
            guard let child = element(scoped, inside: item) else { continue }
            blocks += block(child, inside: item, in: scoped.scope)
        }
        return blocks
    }

    private static let blockNames: Set<String> = [Names.paragraph, Names.bulletList, Names.orderedList, Names.tableOfContents]

    // MARK: Inline content

    private mutating func inlines(of element: XMLElement, in scope: TemplateScope) -> [Inline] {
        Self.normalized(inlines(expand(element.children, in: scope), inside: element))
    }

    private mutating func inlines(_ nodes: [ScopedNode], inside parent: XMLElement) -> [Inline] {
        var result: [Inline] = []
        for scoped in nodes {
            switch scoped.node {
            case .text(let text, let position):
                appendSubstituted(text, start: position ?? parent.position, in: scoped.scope, into: &result)
            case .element(let child):
                if Names.renjaName(of: child) == Names.block {
                    report("<r:block> must stand between paragraphs, not inside <\(parent.name)>", at: template.location(of: child))
                    continue
                }
                switch child.name {
                case Names.emphasis:
                    let inner = Self.mergingTexts(inlines(expand(child.children, in: scoped.scope), inside: child))
                    let strong = ["strong", "bold"].contains(child.attribute("role") ?? "")
                    result.append(strong ? .strong(inner) : .emphasis(inner))
                case Names.crossReference:
                    guard let id = requiredAttribute("linkend", of: child, in: scoped.scope) else { continue }
                    references.append(TemplateIDUse(id: id, location: template.location(of: child)))
                    result.append(.reference(id: id, label: nil))
                default:
                    reportMisplaced(child, inside: parent)
                }
            }
        }
        return result
    }

    /// A title or a cover line: inline text without markup.
    private mutating func plainText(_ element: XMLElement, in scope: TemplateScope) -> String {
        var text = ""
        for inline in inlines(of: element, in: scope) {
            guard case .text(let run) = inline else {
                report("<\(element.name)> holds plain text only", at: template.location(of: element))
                continue
            }
            text += run
        }
        return text
    }

    /// Template text with its placeholders replaced, appended to `result` (not returned as an
    /// array of its own to be appended: one array fewer per text node filled). Literal text
    /// has its runs of white space (the template's indentation and line breaks) folded to one
    /// space; values go in as they are.
    private mutating func appendSubstituted(_ text: String, start: XMLPosition?, in scope: TemplateScope, into result: inout [Inline]) {
        let parsed: PlaceholderText
        do {
            parsed = try PlaceholderText(parsing: text, literal: TemplateWhiteSpace.folded)
        } catch {
            report(error.message, at: template.location(ofPlaceholder: "", offset: error.offset, in: text, start: start))
            return
        }
        for part in parsed.parts {
            switch part {
            case .literal(let folded):
                result.append(.text(folded))
            case .placeholder(let path, let offset):
                let value = self.text(at: path, in: scope) {
                    $0.location(ofPlaceholder: path, offset: offset, in: text, start: start)
                }
                if let value { result.append(.text(value)) }
            }
        }
    }

    /// Adjacent text runs (literals and values) as one run.
    private static func mergingTexts(_ inlines: [Inline]) -> [Inline] {
        var merged: [Inline] = []
        merged.reserveCapacity(inlines.count)
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + next)
            } else {
                merged.append(inline)
            }
        }
        return merged
    }

    /// Adjacent text runs merged, and the white space at both ends of a paragraph removed.
    /// Static: as an instance method, called from the renderer's mutating methods, it had the
    /// whole renderer copied (and its fields retained and released) for every paragraph.
    private static func normalized(_ inlines: [Inline]) -> [Inline] {
        var merged = mergingTexts(inlines)
        if case .text(let first)? = merged.first {
            merged[0] = .text(TemplateWhiteSpace.droppingLeadingSpaces(first))
        }
        if case .text(let last)? = merged.last {
            merged[merged.count - 1] = .text(TemplateWhiteSpace.droppingTrailingSpaces(last))
        }
        // In place: filtering made a new array for every paragraph, and compared each inline
        // with an empty text through `Inline`'s `==`.
        merged.removeAll { inline in
            guard case .text(let text) = inline else { return false }
            return text.isEmpty
        }
        return merged
    }

    // MARK: Values

    /// The text at `path`, or `nil` after reporting why there is none. The placeholder is
    /// located in the template's source only then: searching the source lines for every
    /// placeholder filled was a tenth of the fill stage.
    private mutating func text(at path: String, in scope: TemplateScope, location: (Template) -> SourceLocation) -> String? {
        switch scope.value(at: path) {
        case .found(.text(let text)):
            return text
        case .found(let other):
            report("'\(path)' is \(other.kindName), not text", at: location(template))
        case .failed(let failure):
            report(failure.message, at: location(template))
        }
        return nil
    }

    /// An attribute's value with its placeholders filled, or `nil` when absent or in error.
    private mutating func attributeText(_ name: String, of element: XMLElement, in scope: TemplateScope) -> String? {
        guard let raw = element.attribute(name) else { return nil }
        let parsed: PlaceholderText
        do {
            parsed = try PlaceholderText(parsing: raw)
        } catch {
            report(error.message, at: template.location(of: element))
            return nil
        }
        var filled = ""
        for part in parsed.parts {
            switch part {
            case .literal(let literal):
                filled += literal
            case .placeholder(let path, _):
                guard let value = text(at: path, in: scope, location: { $0.location(ofPlaceholder: path, inAttributeOf: element) }) else {
                    return nil
                }
                filled += value
            }
        }
        return filled
    }

    private mutating func requiredAttribute(_ name: String, of element: XMLElement, in scope: TemplateScope) -> String? {
        guard element.attribute(name) != nil else {
            report("<\(Names.displayName(of: element))> needs a \(name)=\"...\" attribute", at: template.location(of: element))
            return nil
        }
        return attributeText(name, of: element, in: scope)
    }

    // MARK: Loops and conditions

    /// The children with `r:each` and `r:if` unrolled, each node with the names visible to it.
    private mutating func expand(_ children: [XMLNode], in scope: TemplateScope) -> [ScopedNode] {
        var result: [ScopedNode] = []
        result.reserveCapacity(children.count)
        expand(children, in: scope, into: &result)
        return result
    }

    /// `expand(_:in:)` appending to one array: each loop iteration and branch returning an
    /// array of its own, appended to its parent's, grew and copied arrays of nodes (a retain
    /// and a release per node and level) for every item of every `r:each`.
    private mutating func expand(_ children: [XMLNode], in scope: TemplateScope, into result: inout [ScopedNode]) {
        for child in children {
            guard case .element(let element) = child, let name = Names.renjaName(of: element) else {
                result.append(ScopedNode(node: child, scope: scope))
                continue
            }
            switch name {
            case Names.each:
                expandEach(element, in: scope, into: &result)
            case Names.if:
                expandIf(element, in: scope, into: &result)
            case Names.else:
                report("<r:else/> stands outside an <r:if>", at: template.location(of: element))
            default:
                result.append(ScopedNode(node: child, scope: scope))  // r:block: placed where blocks go
            }
        }
    }

    private mutating func expandEach(_ element: XMLElement, in scope: TemplateScope, into result: inout [ScopedNode]) {
        guard let select = requiredAttribute("select", of: element, in: scope),
              let variable = requiredAttribute("as", of: element, in: scope)
        else { return }
        guard PlaceholderText.isName(variable[...]) else {
            report("r:each as=\"\(variable)\" must be a plain name", at: template.location(of: element))
            return
        }
        switch scope.value(at: select) {
        case .found(.list(let items)):
            for item in items {
                expand(element.children, in: scope.binding(variable, to: item), into: &result)
            }
        case .found(let other):
            report("r:each select=\"\(select)\" is \(other.kindName), not a list", at: template.location(of: element))
        case .failed(let failure):
            report(failure.message, at: template.location(of: element))
        }
    }

    private mutating func expandIf(_ element: XMLElement, in scope: TemplateScope, into result: inout [ScopedNode]) {
        guard let test = requiredAttribute("test", of: element, in: scope) else { return }
        let elseIndices = element.children.indices.filter { index in
            guard case .element(let child) = element.children[index] else { return false }
            return Names.renjaName(of: child) == Names.else
        }
        if elseIndices.count > 1, case .element(let second) = element.children[elseIndices[1]] {
            report("an <r:if> has one <r:else/> at most", at: template.location(of: second))
        }
        let thenBranch = Array(element.children[..<(elseIndices.first ?? element.children.endIndex)])
        let elseBranch = elseIndices.first.map { Array(element.children[($0 + 1)...]) } ?? []
        switch scope.value(at: test) {
        case .found(let value):
            expand(value.isTrue ? thenBranch : elseBranch, in: scope, into: &result)
        case .failed(let failure):
            report(failure.message, at: template.location(of: element))
        }
    }

    // MARK: Diagnostics

    /// The element a node is, or `nil` after reporting non-blank text where only elements may stand.
    private mutating func element(_ scoped: ScopedNode, inside parent: XMLElement) -> XMLElement? {
        switch scoped.node {
        case .element(let element):
            return element
        case .text(let text, let position):
            if !TemplateWhiteSpace.isBlank(text) {
                let location = position.map { SourceLocation(file: template.path, line: $0.line, column: max($0.column, 1)) }
                report("text directly inside <\(parent.name)> must be in a <para>", at: location ?? template.location(of: parent))
            }
            return nil
        }
    }

    private mutating func reportMisplaced(_ element: XMLElement, inside parent: XMLElement) {
        let renja = Names.renjaName(of: element)
        let known = renja.map(Names.renjaNames.contains) ?? Names.docBookNames.contains(element.name)
        let message = known
            ? "<\(Names.displayName(of: element))> is not allowed inside <\(Names.displayName(of: parent))>"
            : "unsupported element <\(Names.displayName(of: element))>; templates use: \(Names.supportedList)"
        report(message, at: template.location(of: element))
    }

    private mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }
}
