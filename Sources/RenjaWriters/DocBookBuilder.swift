import RenjaDocument
import RenjaXML

/// Builds the DocBook 5.0 `book` for one document: one function per kind of node, each an
/// exhaustive `switch`. Every string comes from the tree as it is; this only chooses elements.
struct DocBookBuilder {
    let document: Document
    let tableOfContents: [TableOfContentsEntry]

    init(document: Document) {
        self.document = document
        self.tableOfContents = TableOfContentsEntry.entries(of: document)
    }

    func book() -> XMLElement {
        var book = element(
            "book", [("version", "5.0"), ("xml:lang", document.language)],
            [.element(info())] + document.sections.map { .element(component(for: $0)) })
        book.namespace = XMLNamespaceURI.docBook
        return book
    }

    private func info() -> XMLElement {
        var children: [XMLNode] = [node("title", [], [.text(document.title)])]
        // `cover` needs at least one block, so a document without cover lines has none.
        if !document.coverLines.isEmpty {
            children.append(node("cover", [], document.coverLines.map { node("para", [], [.text($0)]) }))
        }
        return element("info", [], children)
    }

    // MARK: - Sections

    /// A section directly under the book. A book cannot hold a `section`, so a top-level
    /// section of any kind other than front matter becomes a chapter.
    private func component(for section: Section) -> XMLElement {
        if isOnlyTableOfContents(section) {
            // DAFTAR ISI: DocBook's own element for it, titled like the section it stands for.
            return element(
                "toc", [("xml:id", section.id)],
                [node("title", [], [.text(section.title)])] + tableOfContentsNodes())
        }
        switch section.kind {
        case .front:
            return divisionElement("preface", for: section)
        case .chapter, .section:
            return divisionElement("chapter", for: section)
        }
    }

    /// `preface`, `chapter` or `section` for `section`: its id, its number as `label`, its
    /// title and its content.
    private func divisionElement(_ name: String, for section: Section) -> XMLElement {
        element(
            name, [("xml:id", section.id), ("label", section.number)],
            [node("title", [], [.text(section.title)])] + content(of: section))
    }

    /// A section's blocks, then its subsections, then its table of contents if it has one:
    /// DocBook allows `toc` only before or after a component's content, never among blocks.
    private func content(of section: Section) -> [XMLNode] {
        var children = section.blocks.flatMap(blockNodes)
            + section.subsections.map { .element(divisionElement("section", for: $0)) }
        if children.isEmpty {
            // Chapters and sections must hold at least one block; an empty one gets an empty
            // paragraph rather than failing validation.
            children.append(node("para"))
        }
        if containsTableOfContents(section.blocks) {
            children.append(node("toc", [], tableOfContentsNodes()))
        }
        return children
    }

    private func isOnlyTableOfContents(_ section: Section) -> Bool {
        section.subsections.isEmpty && !section.blocks.isEmpty
            && section.blocks.allSatisfy { $0 == .tableOfContents }
    }

    private func containsTableOfContents(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            switch block {
            case .tableOfContents:
                true
            case let .list(list):
                list.items.contains(where: containsTableOfContents)
            case .paragraph, .table, .figure, .signature:
                false
            }
        }
    }

    private func tableOfContentsNodes() -> [XMLNode] {
        tableOfContents.map(tableOfContentsNode)
    }

    private func tableOfContentsNode(_ entry: TableOfContentsEntry) -> XMLNode {
        let text = [entry.number, entry.title].compactMap { $0 }.joined(separator: " ")
        if entry.children.isEmpty {
            return node("tocentry", [("linkend", entry.id)], [.text(text)])
        }
        return node(
            "tocdiv", [("linkend", entry.id)],
            [node("title", [], [.text(text)])] + entry.children.map(tableOfContentsNode))
    }

    // MARK: - Blocks

    private func blockNodes(_ block: Block) -> [XMLNode] {
        switch block {
        case let .paragraph(content):
            // DocBook has no line break: each line of a paragraph is a paragraph of its own.
            InlineLines.split(content).map { node("para", [], Self.inlineNodes($0)) }
        case let .list(list):
            [.element(listElement(list))]
        case let .table(table):
            [.element(tableElement(table))]
        case let .figure(figure):
            [.element(figureElement(figure))]
        case let .signature(signature):
            [.element(signatureElement(signature))]
        case .tableOfContents:
            // Written by `content(of:)` at the end of the enclosing section.
            []
        }
    }

    private func listElement(_ list: ListBlock) -> XMLElement {
        let items = list.items.map { blocks -> XMLNode in
            let children = blocks.flatMap(blockNodes)
            // A list item must hold a block.
            return node("listitem", [], children.isEmpty ? [node("para")] : children)
        }
        switch list.marker {
        case .bullet:
            return element("itemizedlist", [], items)
        case .arabic, .loweralpha, .upperalpha:
            return element("orderedlist", [("numeration", list.marker.rawValue)], items)
        case .arabicParen:
            // DocBook numbers only with a period; the role tells a stylesheet to use `1)`.
            return element("orderedlist", [("numeration", "arabic"), ("role", "arabic-paren")], items)
        }
    }

    private func figureElement(_ figure: Figure) -> XMLElement {
        let imageData = element("imagedata", [("format", "svg")], [.element(figure.drawing)])
        return element(
            "figure", [("xml:id", figure.id), ("label", figure.number)],
            [
                node("title", [], [.text(figure.title)]),
                node("mediaobject", [], [node("imageobject", [], [.element(imageData)])]),
            ])
    }

    /// The signature's lines as paragraphs in a quoted block, which pandoc and the DocBook XSL
    /// stylesheets both render; the roles let a stylesheet leave room above the name.
    private func signatureElement(_ signature: Signature) -> XMLElement {
        var lines: [XMLNode] = [
            node("para", [("role", "signature-place-date")], [.text(signature.placeAndDate)]),
            node("para", [("role", "signature-title")], [.text(signature.title)]),
            node("para", [("role", "signature-name")], [.text(signature.name)]),
        ]
        if let nip = signature.nip {
            lines.append(node("para", [("role", "signature-nip")], [.text(nip)]))
        }
        return element("blockquote", [("role", "signature")], lines)
    }

    // MARK: - Tables

    /// A CALS table. Cells are placed by `TableGrid`, and every entry names its column(s), so
    /// that a reader never has to infer positions from row spans above.
    private func tableElement(_ table: Table) -> XMLElement {
        let columnCount = table.columnCount
        // Widths that do not match the columns are left out rather than guessed.
        let hasWidths = table.columnWidths.count == columnCount
        let columnSpecifications = (0..<columnCount).map { column in
            node(
                "colspec",
                [("colname", columnName(column)), ("colwidth", hasWidths ? "\(table.columnWidths[column])*" : nil)])
        }
        var groupChildren = columnSpecifications
        if !table.header.isEmpty {
            groupChildren.append(node("thead", [], rowNodes(table.header)))
        }
        // CALS requires a row in tbody; a table with nothing to list (a spec without
        // kinerja_pelayanan) gets one empty row across all columns, as the HTML shows none.
        let body = table.body.isEmpty ? [Row(cells: [Cell(text: "", columnSpan: max(columnCount, 1))])] : table.body
        groupChildren.append(node("tbody", [], rowNodes(body)))
        return element(
            "table",
            [("xml:id", table.id), ("label", table.number), ("orient", table.landscape ? "land" : nil)],
            [
                node("title", [], captionNodes(table.caption)),
                node("tgroup", [("cols", "\(columnCount)")], groupChildren),
            ])
    }

    /// The caption lines, each in a `phrase role="line"` so that their breaks are not lost.
    private func captionNodes(_ lines: [String]) -> [XMLNode] {
        lines.enumerated().flatMap { index, line -> [XMLNode] in
            let phrase = node("phrase", [("role", "line")], [.text(line)])
            return index == 0 ? [phrase] : [.text(" "), phrase]
        }
    }

    private func rowNodes(_ rows: [Row]) -> [XMLNode] {
        zip(rows, TableGrid(rows: rows).rows).map { row, placedCells in
            node("row", [("role", rowRole(row.role))], placedCells.map(entryNode))
        }
    }

    private func rowRole(_ role: Row.Role) -> String? {
        switch role {
        case .normal:
            nil
        case .group, .total:
            role.rawValue
        case .columnNumbers:
            "column-numbers"
        }
    }

    private func entryNode(_ placed: TableGrid.PlacedCell) -> XMLNode {
        let cell = placed.cell
        // One array literal: `colname` for a single column, `namest` and `nameend` for a span.
        let spans = placed.lastColumn > placed.column
        let attributes: [(String, String?)] = [
            ("colname", spans ? nil : columnName(placed.column)),
            ("namest", spans ? columnName(placed.column) : nil),
            ("nameend", spans ? columnName(placed.lastColumn) : nil),
            ("morerows", cell.rowSpan > 1 ? "\(cell.rowSpan - 1)" : nil),
            ("align", entryAlignment(cell.alignment)),
        ]
        // An entry holds either inlines or blocks: one paragraph per line when it breaks.
        let content =
            InlineLines.containsBreak(cell.content)
            ? InlineLines.split(cell.content).map { node("para", [], Self.inlineNodes($0)) }
            : Self.inlineNodes(cell.content)
        return node("entry", attributes, content)
    }

    private func entryAlignment(_ alignment: Cell.Alignment) -> String? {
        switch alignment {
        case .left:
            nil
        case .center, .right:
            alignment.rawValue
        }
    }

    /// The names of the columns most tables have, spelled once: every entry names its
    /// column, and interpolating the number each time cost a tenth of building the book.
    private static let commonColumnNames = (0..<32).map(spelledColumnName)

    private static func spelledColumnName(_ column: Int) -> String {
        "c\(column + 1)"
    }

    private func columnName(_ column: Int) -> String {
        column < Self.commonColumnNames.count ? Self.commonColumnNames[column] : Self.spelledColumnName(column)
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
            node("emphasis", [], Self.inlineNodes(content))
        case let .strong(content):
            node("emphasis", [("role", "bold")], Self.inlineNodes(content))
        case let .math(formula):
            node("inlineequation", [], [.element(MathMLBuilder.math(formula))])
        case let .reference(id, label):
            // Without a label, `xref` lets the DocBook processor write the target's name.
            label.map { node("link", [("linkend", id)], [.text($0)]) } ?? node("xref", [("linkend", id)])
        case .lineBreak:
            // Paragraphs and entries are cut into lines before their inlines get here; a
            // newline is the nearest DocBook has, and reads as a space.
            .text("\n")
        }
    }
}
