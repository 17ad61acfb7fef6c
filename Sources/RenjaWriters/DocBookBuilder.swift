import RenjaDocument
import RenjaXML

/// Writes the DocBook 5.0 `book` for one document into an `XMLMarkupWriter`: one function per
/// kind of node, each an exhaustive `switch`. Every string comes from the tree as it is; this
/// only chooses elements.
struct DocBookBuilder {
    let document: Document
    let tableOfContents: [TableOfContentsEntry]
    let out: XMLMarkupWriter
    // The element names and attributes that every table row and entry repeats, checked and
    // escaped once into the writer (`XMLPreparedElementName`, `NumberedAttribute`).
    private let rowElementName: XMLPreparedElementName
    private let entryElementName: XMLPreparedElementName
    private let columnName: NumberedAttribute
    private let spanStart: NumberedAttribute
    private let spanEnd: NumberedAttribute
    private let moreRows: NumberedAttribute
    private let alignment: AlignmentAttribute

    init(document: Document, writingInto out: XMLMarkupWriter) {
        self.document = document
        self.tableOfContents = TableOfContentsEntry.entries(of: document)
        self.out = out
        rowElementName = out.prepareElement("row")
        entryElementName = out.prepareElement("entry")
        columnName = NumberedAttribute("colname", prepared: Self.commonColumns, in: out, spelled: Self.columnName)
        spanStart = NumberedAttribute("namest", prepared: Self.commonColumns, in: out, spelled: Self.columnName)
        spanEnd = NumberedAttribute("nameend", prepared: Self.commonColumns, in: out, spelled: Self.columnName)
        moreRows = NumberedAttribute("morerows", prepared: Self.commonMoreRows, in: out) { "\($0)" }
        alignment = AlignmentAttribute("align", in: out) { $0.rawValue }
    }

    func book() {
        out.element("book", namespace: XMLNamespaceURI.docBook) {
            out.attribute("version", "5.0")
            out.attribute("xml:lang", document.language)
            info()
            for section in document.sections {
                component(for: section)
            }
        }
    }

    private func info() {
        out.element("info") {
            out.element("title") { out.text(document.title) }
            // `cover` needs at least one block, so a document without cover lines has none.
            if !document.coverLines.isEmpty {
                out.element("cover") {
                    for line in document.coverLines {
                        out.element("para") { out.text(line) }
                    }
                }
            }
        }
    }

    // MARK: - Sections

    /// A section directly under the book. A book cannot hold a `section`, so a top-level
    /// section of any kind other than front matter becomes a chapter.
    private func component(for section: Section) {
        if isOnlyTableOfContents(section) {
            // DAFTAR ISI: DocBook's own element for it, titled like the section it stands for.
            out.element("toc") {
                out.attribute("xml:id", section.id)
                out.element("title") { out.text(section.title) }
                tableOfContentsEntries()
            }
            return
        }
        switch section.kind {
        case .front:
            divisionElement("preface", for: section)
        case .chapter, .section:
            divisionElement("chapter", for: section)
        }
    }

    /// `preface`, `chapter` or `section` for `section`: its id, its number as `label`, its
    /// title and its content.
    private func divisionElement(_ name: String, for section: Section) {
        out.element(name) {
            out.attribute("xml:id", section.id)
            out.attribute("label", section.number)
            out.element("title") { out.text(section.title) }
            content(of: section)
        }
    }

    /// A section's blocks, then its subsections, then its table of contents if it has one:
    /// DocBook allows `toc` only before or after a component's content, never among blocks.
    private func content(of section: Section) {
        for block in section.blocks {
            blockElements(block)
        }
        for subsection in section.subsections {
            divisionElement("section", for: subsection)
        }
        if section.subsections.isEmpty, !writesElements(section.blocks) {
            // Chapters and sections must hold at least one block; an empty one gets an empty
            // paragraph rather than failing validation.
            out.element("para")
        }
        if containsTableOfContents(section.blocks) {
            out.element("toc") { tableOfContentsEntries() }
        }
    }

    private func isOnlyTableOfContents(_ section: Section) -> Bool {
        section.subsections.isEmpty && !section.blocks.isEmpty
            && section.blocks.allSatisfy { $0 == .tableOfContents }
    }

    /// Whether `blockElements` writes anything for `blocks`: every block but a table of
    /// contents (written at the end of its section) gives at least one element.
    private func writesElements(_ blocks: [Block]) -> Bool {
        blocks.contains { $0 != .tableOfContents }
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

    private func tableOfContentsEntries() {
        for entry in tableOfContents {
            tableOfContentsEntry(entry)
        }
    }

    private func tableOfContentsEntry(_ entry: TableOfContentsEntry) {
        let text = [entry.number, entry.title].compactMap { $0 }.joined(separator: " ")
        if entry.children.isEmpty {
            out.element("tocentry") {
                out.attribute("linkend", entry.id)
                out.text(text)
            }
            return
        }
        out.element("tocdiv") {
            out.attribute("linkend", entry.id)
            out.element("title") { out.text(text) }
            for child in entry.children {
                tableOfContentsEntry(child)
            }
        }
    }

    // MARK: - Blocks

    private func blockElements(_ block: Block) {
        switch block {
        case let .paragraph(content):
            lineParagraphs(content)
        case let .list(list):
            listElement(list)
        case let .table(table):
            tableElement(table)
        case let .figure(figure):
            figureElement(figure)
        case let .signature(signature):
            signatureElement(signature)
        case .tableOfContents:
            // Written by `content(of:)` at the end of the enclosing section.
            break
        }
    }

    /// DocBook has no line break: each line of `content` becomes a paragraph of its own.
    private func lineParagraphs(_ content: [Inline]) {
        for line in InlineLines.split(content) {
            out.element("para") { inlines(line) }
        }
    }

    private func listElement(_ list: ListBlock) {
        out.element(list.marker == .bullet ? "itemizedlist" : "orderedlist") {
            switch list.marker {
            case .bullet:
                break
            case .arabic, .loweralpha, .upperalpha:
                out.attribute("numeration", list.marker.rawValue)
            case .arabicParen:
                // DocBook numbers only with a period; the role tells a stylesheet to use `1)`.
                out.attribute("numeration", "arabic")
                out.attribute("role", "arabic-paren")
            }
            for blocks in list.items {
                out.element("listitem") {
                    for block in blocks {
                        blockElements(block)
                    }
                    // A list item must hold a block.
                    if !writesElements(blocks) {
                        out.element("para")
                    }
                }
            }
        }
    }

    private func figureElement(_ figure: Figure) {
        out.element("figure") {
            out.attribute("xml:id", figure.id)
            out.attribute("label", figure.number)
            out.element("title") { out.text(figure.title) }
            out.element("mediaobject") {
                out.element("imageobject") {
                    out.element("imagedata") {
                        out.attribute("format", "svg")
                        out.append(figure.drawing)
                    }
                }
            }
        }
    }

    /// The signature's lines as paragraphs in a quoted block, which pandoc and the DocBook XSL
    /// stylesheets both render; the roles let a stylesheet leave room above the name.
    private func signatureElement(_ signature: Signature) {
        out.element("blockquote") {
            out.attribute("role", "signature")
            signatureLine(signature.placeAndDate, role: "signature-place-date")
            signatureLine(signature.title, role: "signature-title")
            signatureLine(signature.name, role: "signature-name")
            if let nip = signature.nip {
                signatureLine(nip, role: "signature-nip")
            }
        }
    }

    private func signatureLine(_ text: String, role: String) {
        out.element("para") {
            out.attribute("role", role)
            out.text(text)
        }
    }

    // MARK: - Tables

    /// A CALS table. Cells are placed by `TableGrid`, and every entry names its column(s), so
    /// that a reader never has to infer positions from row spans above. Each column's
    /// alignment is its body's most common one, written once on its `colspec`
    /// (`ColumnAlignments`).
    private func tableElement(_ table: Table) {
        let columnCount = table.columnCount
        // CALS requires a row in tbody; a table with nothing to list (a spec without
        // kinerja_pelayanan) gets one empty row across all columns, as the HTML shows none.
        let body = table.body.isEmpty ? [Row(cells: [Cell(text: "", columnSpan: max(columnCount, 1))])] : table.body
        let bodyColumns = TableGrid(rows: body).columns
        let columnAlignments = ColumnAlignments(of: body, startingIn: bodyColumns, columnCount: columnCount)
        out.element("table") {
            out.attribute("xml:id", table.id)
            out.attribute("label", table.number)
            out.attribute("orient", table.landscape ? "land" : nil)
            out.element("title") { caption(table.caption) }
            out.element("tgroup") {
                out.attribute("cols", "\(columnCount)")
                // Widths that do not match the columns are left out rather than guessed.
                let hasWidths = table.columnWidths.count == columnCount
                for column in 0..<columnCount {
                    out.element("colspec") {
                        columnName.write(column, into: out)
                        out.attribute("colwidth", hasWidths ? "\(table.columnWidths[column])*" : nil)
                        alignment.write(columnAlignments[column], into: out)
                    }
                }
                if !table.header.isEmpty {
                    out.element("thead") {
                        rowElements(table.header, startingIn: TableGrid(rows: table.header).columns, columnAlignments)
                    }
                }
                out.element("tbody") { rowElements(body, startingIn: bodyColumns, columnAlignments) }
            }
        }
    }

    /// The caption lines, each in a `phrase role="line"` so that their breaks are not lost.
    private func caption(_ lines: [String]) {
        for (index, line) in lines.enumerated() {
            if index > 0 {
                out.text(" ")
            }
            out.element("phrase") {
                out.attribute("role", "line")
                out.text(line)
            }
        }
    }

    /// The rows of a band (header or body) whose cells start in `columns` (`TableGrid`'s).
    private func rowElements(_ rows: [Row], startingIn columns: [Int], _ columnAlignments: ColumnAlignments) {
        var cellIndex = 0
        for row in rows {
            // Started and ended by hand, as entries are: not through `element(_:_:)`, whose
            // closure per row and per cell copied what it captured.
            out.startElement(rowElementName)
            out.attribute("role", rowRole(row.role))
            for cell in row.cells {
                let column = columns[cellIndex]
                entryElement(cell, column: column, inheriting: columnAlignments[column])
                cellIndex += 1
            }
            out.endElement()
        }
        // `columns` holds the cells of exactly these rows, in this order.
        assert(cellIndex == columns.count)
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

    /// The entry for `cell`, which starts in the zero-based `column`, whose colspec gives it
    /// the alignment `inherited`.
    private func entryElement(_ cell: Cell, column: Int, inheriting inherited: Cell.Alignment) {
        out.startElement(entryElementName)
        // `colname` for a single column, `namest` and `nameend` for a span: one branch,
        // not three optional attributes, as every entry pays for each call.
        let lastColumn = TableGrid.lastColumn(of: cell, startingAt: column)
        if lastColumn > column {
            spanStart.write(column, into: out)
            spanEnd.write(lastColumn, into: out)
        } else {
            columnName.write(column, into: out)
        }
        if cell.rowSpan > 1 {
            moreRows.write(cell.rowSpan - 1, into: out)
        }
        alignment.write(cell.alignment, inheriting: inherited, into: out)
        // An entry holds either inlines or blocks: one paragraph per line when it breaks.
        if let text = cell.soleText {
            out.text(text)
        } else if InlineLines.containsBreak(cell.content) {
            lineParagraphs(cell.content)
        } else {
            inlines(cell.content)
        }
        out.endElement()
    }

    /// The zero-based columns whose names are prepared: more than most tables have.
    private static let commonColumns = 0...31

    /// The `morerows` values prepared, for cells spanning 2 to 4 rows (0 is never written).
    private static let commonMoreRows = 1...3

    /// The name of the zero-based `column`, as its `colspec` and its entries give it.
    private static func columnName(_ column: Int) -> String {
        "c\(column + 1)"
    }

    // MARK: - Inlines

    /// By index, each inline read in place: iterating copied every one (a retain and a
    /// release of its payload, through Inline's outlined copy), once per table cell.
    private func inlines(_ content: [Inline]) {
        for index in content.indices {
            inlineContent(content[index])
        }
    }

    private func inlineContent(_ inline: Inline) {
        switch inline {
        case let .text(text):
            out.text(text)
        case let .emphasis(content):
            out.element("emphasis") { inlines(content) }
        case let .strong(content):
            out.element("emphasis") {
                out.attribute("role", "bold")
                inlines(content)
            }
        case let .math(formula):
            out.element("inlineequation") { MathMLBuilder.math(formula, into: out) }
        case let .reference(id, label):
            // Without a label, `xref` lets the DocBook processor write the target's name.
            out.element(label == nil ? "xref" : "link") {
                out.attribute("linkend", id)
                if let label {
                    out.text(label)
                }
            }
        case .lineBreak:
            // Paragraphs and entries are cut into lines before their inlines get here; a
            // newline is the nearest DocBook has, and reads as a space.
            out.text("\n")
        }
    }
}
