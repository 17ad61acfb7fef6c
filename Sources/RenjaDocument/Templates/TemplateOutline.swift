import RenjaModel
import RenjaXML

/// The order of the document's parts, as data (`outline.xml`), so that a project adds a chapter
/// or a section by adding a file and a line, without code:
///
///     <outline>
///       <cover file="sampul.xml"/>
///       <front file="pengantar.xml"/>
///       <chapter file="bab-2.xml">
///         <section file="bab-2-6.xml" after="usulan-masyarakat"/>
///       </chapter>
///     </outline>
public struct TemplateOutline: Equatable, Sendable {
    /// An unnumbered front part (`<preface>`) or a numbered chapter (`<chapter>`).
    public struct Part: Equatable, Sendable {
        public enum Kind: String, Equatable, Sendable {
            case front
            case chapter
        }

        public var kind: Kind
        public var file: String
        /// Sections added to a chapter from their own files.
        public var insertions: [Insertion]
        public var location: SourceLocation
    }

    /// A section template added to a chapter: after the sub-section with id `after`, or last.
    public struct Insertion: Equatable, Sendable {
        public var file: String
        public var after: String?
        public var location: SourceLocation
    }

    public static let fileName = "outline.xml"

    /// A file the outline names, and where it names it.
    public struct Entry: Equatable, Sendable {
        public var file: String
        public var location: SourceLocation
    }

    /// The cover template (`<info>` root); without one the cover is empty.
    public var cover: Entry?
    public var parts: [Part]

    /// Every file the outline names.
    var entries: [Entry] {
        (cover.map { [$0] } ?? []) + parts.flatMap { part in
            [Entry(file: part.file, location: part.location)] + part.insertions.map { Entry(file: $0.file, location: $0.location) }
        }
    }

    /// Reads an outline template; unknown elements and missing `file` attributes are errors.
    static func read(_ template: Template) -> (TemplateOutline, [Diagnostic]) {
        var outline = TemplateOutline(cover: nil, parts: [])
        var diagnostics: [Diagnostic] = []
        let root = template.root
        guard root.name == "outline" else {
            return (outline, [.error("the outline's root must be <outline>, not <\(root.name)>", at: template.location(of: root))])
        }
        func file(of element: XMLElement) -> String? {
            guard let file = element.attribute("file"), !file.isEmpty else {
                diagnostics.append(.error("<\(element.name)> needs a file=\"...\" attribute", at: template.location(of: element)))
                return nil
            }
            return file
        }
        for case .element(let entry) in root.children {
            let location = template.location(of: entry)
            switch entry.name {
            case "cover":
                if outline.cover != nil { diagnostics.append(.error("the outline names a second cover", at: location)) }
                if let name = file(of: entry) { outline.cover = Entry(file: name, location: location) }
            case "front", "chapter":
                guard let name = file(of: entry), let kind = Part.Kind(rawValue: entry.name) else { continue }
                var insertions: [Insertion] = []
                for case .element(let inner) in entry.children {
                    guard inner.name == "section", kind == .chapter else {
                        diagnostics.append(.error("<\(inner.name)> is not allowed inside <\(entry.name)>", at: template.location(of: inner)))
                        continue
                    }
                    if let sectionFile = file(of: inner) {
                        insertions.append(Insertion(file: sectionFile, after: inner.attribute("after"), location: template.location(of: inner)))
                    }
                }
                outline.parts.append(Part(kind: kind, file: name, insertions: insertions, location: location))
            default:
                diagnostics.append(.error("unknown outline entry <\(entry.name)>; use cover, front, chapter, section", at: location))
            }
        }
        // A file named twice would be filled twice: every id in it defined twice, which only
        // the DocBook validation would see, in a renja.xml that is never written. (An outline
        // names a dozen files: a search of the ones before beats building a dictionary.)
        let entries = outline.entries
        for (index, entry) in entries.enumerated() {
            if let first = entries[..<index].first(where: { $0.file == entry.file }) {
                diagnostics.append(.error("\(entry.file) is already named at line \(first.location.line); an outline names each file once", at: entry.location))
            }
        }
        return (outline, diagnostics)
    }
}
