import RenjaDocument
import RenjaXML

/// Writes the HTML5 page for one document into an `XMLMarkupWriter`: one function per kind of
/// node, each an exhaustive `switch`. Every string comes from the tree as it is; styling is
/// left to classes that `HTMLStylesheet` defines.
struct HTMLBuilder {
    let document: Document
    let tableOfContents: [TableOfContentsEntry]
    let out: XMLMarkupWriter
    // The element names and attributes that every table row and cell repeats, checked and
    // escaped once into the writer (`XMLPreparedElementName`, `NumberedAttribute`).
    private let rowElementName: XMLPreparedElementName
    private let headerCellElementName: XMLPreparedElementName
    private let dataCellElementName: XMLPreparedElementName
    private let columnSpan: NumberedAttribute
    private let rowSpan: NumberedAttribute
    private let columnScope: XMLPreparedAttribute
    private let columnGroupScope: XMLPreparedAttribute
    private let alignment: AlignmentAttribute

    init(document: Document, writingInto out: XMLMarkupWriter) {
        self.document = document
        self.tableOfContents = TableOfContentsEntry.entries(of: document)
        self.out = out
        rowElementName = out.prepareElement("tr")
        headerCellElementName = out.prepareElement("th")
        dataCellElementName = out.prepareElement("td")
        columnSpan = NumberedAttribute("colspan", prepared: Self.commonSpans, in: out) { "\($0)" }
        rowSpan = NumberedAttribute("rowspan", prepared: Self.commonSpans, in: out) { "\($0)" }
        columnScope = out.prepare("scope", "col")
        columnGroupScope = out.prepare("scope", "colgroup")
        alignment = AlignmentAttribute("class", in: out) { "align-\($0.rawValue)" }
    }

    /// The spans whose `colspan` and `rowspan` are prepared (a span of 1 is never written):
    /// more than most cells have.
    private static let commonSpans = 2...7

    func html() {
        // The XHTML namespace keeps the page readable as XML too (polyglot markup).
        out.element("html", namespace: XMLNamespaceURI.xhtml) {
            out.attribute("lang", document.language)
            head()
            body()
        }
    }

    private func head() {
        out.element("head") {
            out.element("meta") { out.attribute("charset", "utf-8") }
            out.element("meta") {
                out.attribute("name", "viewport")
                out.attribute("content", "width=device-width, initial-scale=1")
            }
            out.element("title") { out.text(document.title) }
            out.element("style") { out.text(HTMLStylesheet.css) }
        }
    }

    private func body() {
        out.element("body") {
            if !document.coverLines.isEmpty {
                out.element("header") {
                    out.attribute("class", "cover")
                    for line in document.coverLines {
                        out.element("p") {
                            out.attribute("class", "cover-line")
                            out.text(line)
                        }
                    }
                }
            }
            out.element("main") {
                for section in document.sections {
                    sectionElement(section, level: 1)
                }
            }
        }
    }

    // MARK: - Sections

    /// A section at outline `level` (1 for chapters and front matter), headed by `h1`...`h6`.
    private func sectionElement(_ section: Section, level: Int) {
        out.element("section") {
            out.attribute("id", section.id)
            out.attribute("class", section.kind.rawValue)
            out.element("h\(min(level, 6))") { numberedTitle(section.printedNumber, section.title) }
            for block in section.blocks {
                blockElement(block)
            }
            for subsection in section.subsections {
                sectionElement(subsection, level: level + 1)
            }
        }
    }

    /// A heading's or a DAFTAR ISI line's text: the printed number (`BAB II`, `2.1`), if any,
    /// set apart for the stylesheet, then the title.
    private func numberedTitle(_ number: String?, _ title: String) {
        if let number {
            classedSpan("number", number)
            out.text(" ")
        }
        out.text(title)
    }

    /// `text` in a `span` of class `className`, for the stylesheet.
    private func classedSpan(_ className: String, _ text: String) {
        out.element("span") {
            out.attribute("class", className)
            out.text(text)
        }
    }

    // MARK: - Blocks

    private func blockElement(_ block: Block) {
        switch block {
        case let .paragraph(content):
            out.element("p") { inlines(content) }
        case let .list(list):
            listElement(list)
        case let .table(table):
            tableWrapper(table)
        case let .figure(figure):
            figureElement(figure)
        case let .signature(signature):
            signatureElement(signature)
        case .tableOfContents:
            out.element("nav") {
                out.attribute("class", "toc")
                tableOfContentsList(tableOfContents)
            }
        }
    }

    private func listElement(_ list: ListBlock) {
        let name = list.marker == .bullet ? "ul" : "ol"
        out.element(name) {
            switch list.marker {
            case .bullet, .arabic:
                break
            case .loweralpha:
                out.attribute("type", "a")
            case .upperalpha:
                out.attribute("type", "A")
            case .arabicParen:
                // HTML has no `1)` marker type; the stylesheet draws it with a counter style.
                out.attribute("class", "arabic-paren")
            }
            for blocks in list.items {
                out.element("li") {
                    for block in blocks {
                        blockElement(block)
                    }
                }
            }
        }
    }

    private func tableOfContentsList(_ entries: [TableOfContentsEntry]) {
        out.element("ul") {
            for entry in entries {
                out.element("li") {
                    out.element("a") {
                        out.attribute("href", "#\(entry.id)")
                        numberedTitle(entry.number, entry.title)
                    }
                    if !entry.children.isEmpty {
                        tableOfContentsList(entry.children)
                    }
                }
            }
        }
    }

    private func figureElement(_ figure: Figure) {
        out.element("figure") {
            out.attribute("id", figure.id)
            out.append(figure.drawing)
            out.element("figcaption") {
                if let number = figure.number {
                    classedSpan("label", "\(PrintedWords.figure) \(number)")
                    out.element("br")
                }
                out.text(figure.title)
            }
        }
    }

    private func signatureElement(_ signature: Signature) {
        out.element("div") {
            out.attribute("class", "signature")
            out.element("p") { out.text(signature.placeAndDate) }
            out.element("p") { out.text(signature.title) }
            out.element("p") {
                out.attribute("class", "signature-name")
                out.text(signature.name)
            }
            if let nip = signature.nip {
                out.element("p") { out.text(nip) }
            }
        }
    }

    // MARK: - Tables

    /// The table in a wrapper that scrolls wide tables on screen and, for a landscape table,
    /// puts it on a landscape page in print.
    private func tableWrapper(_ table: Table) {
        out.element("div") {
            out.attribute("class", table.landscape ? "table-scroll landscape" : "table-scroll")
            tableElement(table)
        }
    }

    private func tableElement(_ table: Table) {
        out.element("table") {
            out.attribute("id", table.id)
            caption(of: table)
            if table.columnWidths.count == table.columnCount, !table.columnWidths.isEmpty {
                columnGroup(widths: table.columnWidths)
            }
            if !table.header.isEmpty {
                out.element("thead") {
                    for row in table.header {
                        rowElement(row, isHeader: true)
                    }
                }
            }
            out.element("tbody") {
                for row in table.body {
                    rowElement(row, isHeader: false)
                }
            }
        }
    }

    /// `Tabel 2.1` on the first line, then one line per caption line.
    private func caption(of table: Table) {
        out.element("caption") {
            classedSpan("label", [table.label, table.number].compactMap { $0 }.joined(separator: " "))
            for line in table.caption {
                out.element("br")
                out.text(line)
            }
        }
    }

    /// The relative widths as percentages of the table: HTML has no proportional column
    /// widths, and `col` takes widths only through CSS.
    private func columnGroup(widths: [Int]) {
        let total = max(widths.reduce(0, +), 1)
        out.element("colgroup") {
            for width in widths {
                out.element("col") { out.attribute("style", "width: \(width * 100 / total)%") }
            }
        }
    }

    /// Started and ended by hand, here and in `cellElement`, not through `element(_:_:)`: a
    /// closure per row and per cell, each copying what it captures.
    private func rowElement(_ row: Row, isHeader: Bool) {
        out.startElement(rowElementName)
        out.attribute("class", rowClass(row.role))
        for cell in row.cells {
            cellElement(cell, isHeader: isHeader)
        }
        out.endElement()
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

    private func cellElement(_ cell: Cell, isHeader: Bool) {
        // Each prepared name and attribute is handed over straight from where this builder
        // keeps it: chosen through a conditional first, it was retained and released on every cell.
        if isHeader {
            out.startElement(headerCellElementName)
        } else {
            out.startElement(dataCellElementName)
        }
        if isHeader, cell.columnSpan > 1 {
            out.attribute(columnGroupScope)
        } else if isHeader {
            out.attribute(columnScope)
        }
        if cell.columnSpan > 1 {
            columnSpan.write(cell.columnSpan, into: out)
        }
        if cell.rowSpan > 1 {
            rowSpan.write(cell.rowSpan, into: out)
        }
        alignment.write(cell.alignment, into: out)
        if let text = cell.soleText {
            out.text(text)
        } else {
            inlines(cell.content)
        }
        out.endElement()
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
            out.element("em") { inlines(content) }
        case let .strong(content):
            out.element("strong") { inlines(content) }
        case let .math(formula):
            MathMLBuilder.math(formula, into: out)
        case let .reference(id, label):
            // Without a label (numbering has not named the target) the id is the best text left.
            out.element("a") {
                out.attribute("href", "#\(id)")
                out.text(label ?? id)
            }
        case .lineBreak:
            out.element("br")
        }
    }
}
