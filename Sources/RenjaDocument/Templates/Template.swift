import RenjaModel
import RenjaXML

/// One parsed template file: its element tree with positions, and its source lines for pointing
/// at the exact column of a placeholder. Parsed once, filled for any number of plans.
public struct Template: Sendable {
    /// The file name the outline refers to, e.g. `bab-2.xml`.
    public var name: String
    /// The path printed in diagnostics, e.g. `templates/bab-2.xml`.
    public var path: String
    /// The root element as parsed, with every element's namespace made explicit.
    public var root: XMLElement
    /// What the file names: every `xml:id` it writes (`xml:id` holds no placeholder, so these
    /// are known before any plan fills the template, and an id renja makes for a section
    /// without one can avoid them) and the `teks` keys it refers to.
    let names: TemplateNames
    /// The file's text, split into lines only when a diagnostic points into it.
    private var source: String

    public init(name: String, path: String, root: XMLElement, source: String) {
        self.name = name
        self.path = path
        self.root = Self.resolvingNamespaces(of: root, inherited: nil)
        self.source = source
        names = TemplateNames(root: self.root)
    }

    /// The parser records a namespace only where it changes; the renderer asks every element
    /// which vocabulary it belongs to (`r:` or DocBook), so each one gets its namespace here.
    private static func resolvingNamespaces(of element: XMLElement, inherited: String?) -> XMLElement {
        var resolved = element
        resolved.namespace = element.namespace ?? inherited
        resolved.children = element.children.map { child in
            guard case .element(let inner) = child else { return child }
            return .element(resolvingNamespaces(of: inner, inherited: resolved.namespace))
        }
        return resolved
    }

    /// Where `element` starts. libxml2 gives element lines but not always columns, so a missing
    /// column is found by looking for `<name` on that line.
    func location(of element: XMLElement) -> SourceLocation {
        let line = element.position?.line ?? 1
        if let column = element.position?.column, column > 0 {
            return SourceLocation(file: path, line: line, column: column)
        }
        return locate("<\(TemplateVocabulary.displayName(of: element))", near: line)
    }

    /// Where the placeholder `{{path}}` found `offset` UTF-8 bytes into `text` stands, when
    /// `text` starts at `start` (the text node's or else its element's position).
    func location(ofPlaceholder placeholderPath: String, offset: Int, in text: String, start: XMLPosition?) -> SourceLocation {
        let newlinesBefore = text.utf8.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count
        let line = (start?.line ?? 1) + newlinesBefore
        return locatePlaceholder(placeholderPath, near: line)
    }

    /// Where the placeholder `{{path}}` in an attribute of `element` stands.
    func location(ofPlaceholder placeholderPath: String, inAttributeOf element: XMLElement) -> SourceLocation {
        locatePlaceholder(placeholderPath, near: element.position?.line ?? 1)
    }

    /// The first `{{` whose path (after optional spaces) is `placeholderPath`, on `line` or the
    /// nearest line around it.
    private func locatePlaceholder(_ placeholderPath: String, near line: Int) -> SourceLocation {
        let lines = sourceLines()
        for candidate in Self.lines(near: line, in: lines) {
            let text = lines[candidate - 1]
            var searchStart = text.startIndex
            while let open = text.range(of: "{{", range: searchStart..<text.endIndex) {
                let rest = text[open.upperBound...].drop { $0 == " " }
                if rest.hasPrefix(placeholderPath) {
                    return SourceLocation(file: path, line: candidate, column: text.distance(from: text.startIndex, to: open.lowerBound) + 1)
                }
                searchStart = open.upperBound
            }
        }
        return SourceLocation(file: path, line: line, column: 1)
    }

    private func locate(_ needle: String, near line: Int) -> SourceLocation {
        let lines = sourceLines()
        for candidate in Self.lines(near: line, in: lines) {
            let text = lines[candidate - 1]
            if let range = text.range(of: needle) {
                return SourceLocation(file: path, line: candidate, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourceLocation(file: path, line: line, column: 1)
    }

    /// `line`, then the lines around it by distance, within the file. libxml2 reports an element
    /// at the line where its start tag *ends*, and a text node where a chunk of it ends, so the
    /// text searched for may stand a few lines above or below.
    private static func lines(near line: Int, in lines: [String]) -> [Int] {
        let window = 5
        let ordered = [line] + (1...window).flatMap { [line - $0, line + $0] }
        return ordered.filter { (1...lines.count).contains($0) }
    }

    /// The source's lines, split by bytes: splitting every template by Characters when it was
    /// parsed was half the cost of parsing, and "\r\n" is one Character, so a CRLF file stayed
    /// one line and no placeholder was found in it.
    private func sourceLines() -> [String] {
        source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}
