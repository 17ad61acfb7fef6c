import RenjaDocument
import RenjaXML

/// Builds the HTML5 page for one document: one function per kind of node, each an exhaustive
/// `switch`. Every string comes from the tree as it is; styling is left to classes that
/// `HTMLStylesheet` defines.
struct HTMLBuilder {
    let document: Document
    let tableOfContents: [TableOfContentsEntry]

    init(document: Document) {
        self.document = document
        self.tableOfContents = TableOfContentsEntry.entries(of: document)
    }

    func html() -> XMLElement {
        var html = element("html", [("lang", document.language)], [.element(head()), .element(body())])
        // The XHTML namespace keeps the page readable as XML too (polyglot markup).
        html.namespace = XMLNamespaceURI.xhtml
        return html
    }

    private func head() -> XMLElement {
        element(
            "head", [],
            [
                node("meta", [("charset", "utf-8")]),
                node("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                node("title", [], [.text(document.title)]),
                node("style", [], [.text(HTMLStylesheet.css)]),
            ])
    }

    private func body() -> XMLElement {
        var children: [XMLNode] = []
        if !document.coverLines.isEmpty {
            let lines = document.coverLines.map { node("p", [("class", "cover-line")], [.text($0)]) }
            children.append(node("header", [("class", "cover")], lines))
        }
        children.append(node("main", [], document.sections.map { .element(sectionElement($0, level: 1)) }))
        return element("body", [], children)
    }

    // MARK: - Sections

    /// A section at outline `level` (1 for chapters and front matter), headed by `h1`...`h6`.
    private func sectionElement(_ section: Section, level: Int) -> XMLElement {
        let heading = node("h\(min(level, 6))", [], headingContent(of: section))
        return element(
            "section", [("id", section.id), ("class", section.kind.rawValue)],
            [heading] + section.blocks.map(blockNode)
                + section.subsections.map { .element(sectionElement($0, level: level + 1)) })
    }

    private func headingContent(of section: Section) -> [XMLNode] {
        guard let number = section.printedNumber else {
            return [.text(section.title)]
        }
        return [node("span", [("class", "number")], [.text(number)]), .text(" "), .text(section.title)]
    }

    // MARK: - Blocks

    private func blockNode(_ block: Block) -> XMLNode {
        switch block {
        case let .paragraph(content):
            node("p", [], Self.inlineNodes(content))
        case let .list(list):
            .element(listElement(list))
        case let .table(table):
            .element(tableWrapper(table))
        case let .figure(figure):
            .element(figureElement(figure))
        case let .signature(signature):
            .element(signatureElement(signature))
        case .tableOfContents:
            node("nav", [("class", "toc")], [tableOfContentsList(tableOfContents)])
        }
    }

    private func listElement(_ list: ListBlock) -> XMLElement {
        let items = list.items.map { blocks in node("li", [], blocks.map(blockNode)) }
        switch list.marker {
        case .bullet:
            return element("ul", [], items)
        case .arabic:
            return element("ol", [], items)
        case .loweralpha:
            return element("ol", [("type", "a")], items)
        case .upperalpha:
            return element("ol", [("type", "A")], items)
        case .arabicParen:
            // HTML has no `1)` marker type; the stylesheet draws it with a counter style.
            return element("ol", [("class", "arabic-paren")], items)
        }
    }

    private func tableOfContentsList(_ entries: [TableOfContentsEntry]) -> XMLNode {
        node(
            "ul", [],
            entries.map { entry in
                var link: [XMLNode] = [.text(entry.title)]
                if let number = entry.number {
                    link = [node("span", [("class", "number")], [.text(number)]), .text(" ")] + link
                }
                var item = [node("a", [("href", "#\(entry.id)")], link)]
                if !entry.children.isEmpty {
                    item.append(tableOfContentsList(entry.children))
                }
                return node("li", [], item)
            })
    }

    private func figureElement(_ figure: Figure) -> XMLElement {
        var caption: [XMLNode] = [.text(figure.title)]
        if let number = figure.number {
            let label = node("span", [("class", "label")], [.text("\(PrintedWords.figure) \(number)")])
            caption = [label, node("br")] + caption
        }
        return element("figure", [("id", figure.id)], [.element(figure.drawing), node("figcaption", [], caption)])
    }

    private func signatureElement(_ signature: Signature) -> XMLElement {
        var lines: [XMLNode] = [
            node("p", [], [.text(signature.placeAndDate)]),
            node("p", [], [.text(signature.title)]),
            node("p", [("class", "signature-name")], [.text(signature.name)]),
        ]
        if let nip = signature.nip {
            lines.append(node("p", [], [.text(nip)]))
        }
        return element("div", [("class", "signature")], lines)
    }

    // MARK: - Tables

    /// The table in a wrapper that scrolls wide tables on screen and, for a landscape table,
    /// puts it on a landscape page in print.
    private func tableWrapper(_ table: Table) -> XMLElement {
        element(
            "div", [("class", table.landscape ? "table-scroll landscape" : "table-scroll")],
            [.element(tableElement(table))])
    }

    private func tableElement(_ table: Table) -> XMLElement {
        var children: [XMLNode] = [node("caption", [], captionNodes(of: table))]
        if table.columnWidths.count == table.columnCount, !table.columnWidths.isEmpty {
            children.append(columnGroup(widths: table.columnWidths))
        }
        if !table.header.isEmpty {
            children.append(node("thead", [], table.header.map { rowNode($0, isHeader: true) }))
        }
        children.append(node("tbody", [], table.body.map { rowNode($0, isHeader: false) }))
        return element("table", [("id", table.id)], children)
    }

    /// `Tabel 2.1` on the first line, then one line per caption line.
    private func captionNodes(of table: Table) -> [XMLNode] {
        let label = [table.label, table.number].compactMap { $0 }.joined(separator: " ")
        return [node("span", [("class", "label")], [.text(label)])]
            + table.caption.flatMap { line -> [XMLNode] in [node("br"), .text(line)] }
    }

    /// The relative widths as percentages of the table: HTML has no proportional column
    /// widths, and `col` takes widths only through CSS.
    private func columnGroup(widths: [Int]) -> XMLNode {
        let total = max(widths.reduce(0, +), 1)
        return node("colgroup", [], widths.map { node("col", [("style", "width: \($0 * 100 / total)%")]) })
    }

    private func rowNode(_ row: Row, isHeader: Bool) -> XMLNode {
        node("tr", [("class", rowClass(row.role))], row.cells.map { cellNode($0, isHeader: isHeader) })
    }

    private func rowClass(_ role: Row.Role) -> String? {
        switch role {
        case .normal:
            nil
        case .group:
            "row-group"
        case .total:
            "row-total"
        case .columnNumbers:
            "row-column-numbers"
        }
    }

    private func cellNode(_ cell: Cell, isHeader: Bool) -> XMLNode {
        let scope = isHeader ? (cell.columnSpan > 1 ? "colgroup" : "col") : nil
        return node(
            isHeader ? "th" : "td",
            [
                ("scope", scope),
                ("colspan", cell.columnSpan > 1 ? "\(cell.columnSpan)" : nil),
                ("rowspan", cell.rowSpan > 1 ? "\(cell.rowSpan)" : nil),
                ("class", alignmentClass(cell.alignment)),
            ],
            Self.inlineNodes(cell.content))
    }

    private func alignmentClass(_ alignment: Cell.Alignment) -> String? {
        switch alignment {
        case .left:
            nil
        case .center:
            "align-center"
        case .right:
            "align-right"
        }
    }

    // MARK: - Inlines

    // Static: inlines need nothing of the builder, and mapping with an instance method
    // copied the whole builder (the document) into a closure for every cell and paragraph.
    private static func inlineNodes(_ content: [Inline]) -> [XMLNode] {
        content.map(inlineNode)
    }

    private static func inlineNode(_ inline: Inline) -> XMLNode {
        switch inline {
        case let .text(text):
            .text(text)
        case let .emphasis(content):
            node("em", [], Self.inlineNodes(content))
        case let .strong(content):
            node("strong", [], Self.inlineNodes(content))
        case let .math(formula):
            .element(MathMLBuilder.math(formula))
        case let .reference(id, label):
            // Without a label (numbering has not named the target) the id is the best text left.
            node("a", [("href", "#\(id)")], [.text(label ?? id)])
        case .lineBreak:
            node("br")
        }
    }
}
