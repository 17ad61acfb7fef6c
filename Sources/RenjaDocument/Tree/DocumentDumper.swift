import RenjaXML

/// Writes a document tree as indented text, one node per line: a golden that shows in
/// `git diff` exactly what a change did to the document, independent of either writer.
public struct DocumentDumper {
    public init() {}

    public func dump(_ document: Document) -> String {
        var lines = ["Document lang=\(quoted(document.language)) title=\(quoted(document.title))"]
        for line in document.coverLines {
            lines.append("  Cover \(quoted(line))")
        }
        for section in document.sections {
            dump(section, depth: 1, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func dump(_ section: Section, depth: Int, into lines: inout [String]) {
        let number = section.number.map { " number=\(quoted($0))" } ?? ""
        lines.append(indent(depth) + "Section \(section.kind.rawValue) id=\(section.id)\(number) title=\(quoted(section.title))")
        for block in section.blocks {
            dump(block, depth: depth + 1, into: &lines)
        }
        for subsection in section.subsections {
            dump(subsection, depth: depth + 1, into: &lines)
        }
    }

    private func dump(_ block: Block, depth: Int, into lines: inout [String]) {
        let pad = indent(depth)
        switch block {
        case .paragraph(let inlines):
            lines.append(pad + "Paragraph " + render(inlines))
        case .list(let list):
            lines.append(pad + "List \(list.marker.rawValue)")
            for item in list.items {
                lines.append(pad + "  Item")
                for child in item {
                    dump(child, depth: depth + 2, into: &lines)
                }
            }
        case .table(let table):
            let number = table.number.map { " number=\(quoted($0))" } ?? ""
            let landscape = table.landscape ? " landscape" : ""
            lines.append(pad + "Table id=\(table.id) label=\(quoted(table.label))\(number)\(landscape) columns=\(table.columnCount)")
            for line in table.caption {
                lines.append(pad + "  Caption \(quoted(line))")
            }
            for row in table.header {
                dump(row, kind: "HeaderRow", depth: depth + 1, into: &lines)
            }
            for row in table.body {
                dump(row, kind: "Row", depth: depth + 1, into: &lines)
            }
        case .figure(let figure):
            let number = figure.number.map { " number=\(quoted($0))" } ?? ""
            lines.append(pad + "Figure id=\(figure.id)\(number) title=\(quoted(figure.title)) drawing=<\(figure.drawing.name)>")
        case .signature(let signature):
            let nip = signature.nip.map { " nip=\(quoted($0))" } ?? ""
            lines.append(pad + "Signature \(quoted(signature.placeAndDate)) \(quoted(signature.title)) \(quoted(signature.name))\(nip)")
        case .tableOfContents:
            lines.append(pad + "TableOfContents")
        }
    }

    private func dump(_ row: Row, kind: String, depth: Int, into lines: inout [String]) {
        let role = row.role == .normal ? "" : " \(row.role.rawValue)"
        let cells = row.cells.map { cell -> String in
            var spans = ""
            if cell.columnSpan > 1 { spans += " cs=\(cell.columnSpan)" }
            if cell.rowSpan > 1 { spans += " rs=\(cell.rowSpan)" }
            if cell.alignment != .left { spans += " \(cell.alignment.rawValue)" }
            return "[\(render(cell.content))\(spans)]"
        }
        lines.append(indent(depth) + kind + role + " " + cells.joined(separator: " "))
    }

    private func render(_ inlines: [Inline]) -> String {
        inlines.map(render).joined()
    }

    private func render(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): return quoted(text)
        case .emphasis(let children): return "emph(\(render(children)))"
        case .strong(let children): return "strong(\(render(children)))"
        case .math(let math): return "math(\(render(math)))"
        case .reference(let id, let label): return "ref(\(id)\(label.map { ", " + quoted($0) } ?? ""))"
        case .lineBreak: return "br"
        }
    }

    private func render(_ math: Math) -> String {
        switch math {
        case .text(let text): return quoted(text)
        case .number(let number): return number
        case .operator(let symbol): return symbol
        case .row(let items): return "(" + items.map(render).joined(separator: " ") + ")"
        case .fraction(let numerator, let denominator): return "frac(\(render(numerator)), \(render(denominator)))"
        }
    }

    /// The text of inline content without markup, e.g. to find a cell by what it says.
    public static func plainText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return text
            case .emphasis(let children), .strong(let children): return plainText(children)
            case .math, .lineBreak: return ""
            case .reference(let id, let label): return label ?? id
            }
        }.joined()
    }

    private func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }

    /// Quotes text with escapes for the characters that would make a dump line ambiguous.
    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
