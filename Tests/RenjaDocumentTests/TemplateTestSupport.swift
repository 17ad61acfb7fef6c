import RenjaDocument
import RenjaModel

/// Builds template sets from inline sources, as the files of a folder `templates/` would be.
enum TemplateTestSupport {
    static let namespaces = #"xmlns="http://docbook.org/ns/docbook" xmlns:r="urn:renja:template""#

    /// A source named `name` at `templates/name`.
    static func source(_ name: String, _ text: String, folder: String = "templates") -> TemplateSource {
        TemplateSource(name: name, path: "\(folder)/\(name)", text: text)
    }

    /// An outline with the chapter files given, in order.
    static func outline(chapters: [String], front: [String] = []) -> TemplateSource {
        let entries = front.map { "<front file=\"\($0)\"/>" } + chapters.map { "<chapter file=\"\($0)\"/>" }
        return source("outline.xml", "<outline>\n\(entries.joined(separator: "\n"))\n</outline>\n")
    }

    /// A chapter template `bab-x.xml` with `body` after its title.
    static func chapter(_ name: String, id: String, title: String, body: String) -> TemplateSource {
        source(name, "<chapter \(namespaces) xml:id=\"\(id)\">\n<title>\(title)</title>\n\(body)\n</chapter>\n")
    }

    /// Builds a one-chapter document from `body`, returning the diagnostics too.
    static func fill(
        body: String, fields: [String: TemplateValue] = [:], blocks: [String: Block] = [:]
    ) -> (Document?, [Diagnostic]) {
        let (set, parseDiagnostics) = TemplateSet.parse([
            outline(chapters: ["bab-1.xml"]),
            chapter("bab-1.xml", id: "bab-1", title: "PENDAHULUAN", body: body),
        ])
        guard let set else { return (nil, parseDiagnostics) }
        return DocumentBuilder().build(context: TemplateContext(fields: fields), templates: set, blocks: blocks)
    }
}
