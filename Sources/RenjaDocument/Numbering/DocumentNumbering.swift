import RenjaCompute

/// The numbering pass: gives chapters roman numbers (`II`), sections arabic ones below their
/// chapter (`2.1`, `3.2.4`), tables and figures without a fixed name a number per chapter
/// (`Tabel 2.1`, `Gambar 1.1`), and fills every cross-reference's label ("BAB II",
/// "Tabel T-C.31"). Everything is counted from the tree, so numbers are consecutive by
/// construction whatever the templates hold.
public struct DocumentNumbering: Sendable {
    /// Only its roman numerals are used, which no setting changes.
    private let formatter = RenjaFormatter()

    public init() {}

    /// The document with every number and reference label filled in, and the ids that
    /// references name but nothing in the document carries (their labels stay `nil`).
    public func number(_ document: Document) -> (document: Document, unresolved: [String]) {
        var document = document
        var labels: [String: String] = [:]
        var chapterCount = 0
        for index in document.sections.indices {
            var section = document.sections[index]
            switch section.kind {
            case .chapter:
                chapterCount += 1
                section.number = formatter.roman(chapterCount)
                var counters = ChapterCounters(chapter: chapterCount)
                numberSubsections(of: &section, prefix: "\(chapterCount)", counters: &counters, labels: &labels)
                labels[section.id] = "BAB \(formatter.roman(chapterCount))"
            case .front, .section:
                section.number = nil
                labels[section.id] = section.title
                var counters = ChapterCounters(chapter: nil)
                numberBlocks(of: &section, counters: &counters, labels: &labels)
            }
            document.sections[index] = section
        }
        var unresolved: [String] = []
        for index in document.sections.indices {
            resolveReferences(in: &document.sections[index], labels: labels, unresolved: &unresolved)
        }
        return (document, unresolved)
    }

    /// Table and figure counts within one chapter; front matter has no chapter and numbers nothing.
    private struct ChapterCounters {
        var chapter: Int?
        var tables = 0
        var figures = 0
    }

    private func numberSubsections(of section: inout Section, prefix: String, counters: inout ChapterCounters, labels: inout [String: String]) {
        numberBlocks(of: &section, counters: &counters, labels: &labels)
        for index in section.subsections.indices {
            let number = "\(prefix).\(index + 1)"
            section.subsections[index].number = number
            labels[section.subsections[index].id] = number
            numberSubsections(of: &section.subsections[index], prefix: number, counters: &counters, labels: &labels)
        }
    }

    private func numberBlocks(of section: inout Section, counters: inout ChapterCounters, labels: inout [String: String]) {
        for index in section.blocks.indices {
            numberBlock(&section.blocks[index], counters: &counters, labels: &labels)
        }
    }

    private func numberBlock(_ block: inout Block, counters: inout ChapterCounters, labels: inout [String: String]) {
        switch block {
        case .table(var table):
            if table.number == nil, let chapter = counters.chapter {
                counters.tables += 1
                table.number = "\(chapter).\(counters.tables)"
            }
            if let number = table.number { labels[table.id] = "\(table.label) \(number)" }
            block = .table(table)
        case .figure(var figure):
            if figure.number == nil, let chapter = counters.chapter {
                counters.figures += 1
                figure.number = "\(chapter).\(counters.figures)"
            }
            if let number = figure.number { labels[figure.id] = "Gambar \(number)" }
            block = .figure(figure)
        case .list(var list):
            for item in list.items.indices {
                for inner in list.items[item].indices {
                    numberBlock(&list.items[item][inner], counters: &counters, labels: &labels)
                }
            }
            block = .list(list)
        case .paragraph, .signature, .tableOfContents:
            break
        }
    }

    private func resolveReferences(in section: inout Section, labels: [String: String], unresolved: inout [String]) {
        for index in section.blocks.indices {
            resolveReferences(in: &section.blocks[index], labels: labels, unresolved: &unresolved)
        }
        for index in section.subsections.indices {
            resolveReferences(in: &section.subsections[index], labels: labels, unresolved: &unresolved)
        }
    }

    private func resolveReferences(in block: inout Block, labels: [String: String], unresolved: inout [String]) {
        switch block {
        case .paragraph(let inlines):
            guard Self.hasReference(inlines) else { return }
            block = .paragraph(resolved(inlines, labels: labels, unresolved: &unresolved))
        case .list(var list):
            for item in list.items.indices {
                for inner in list.items[item].indices {
                    resolveReferences(in: &list.items[item][inner], labels: labels, unresolved: &unresolved)
                }
            }
            block = .list(list)
        case .table(var table):
            // Generated tables hold no references as a rule; rewriting every cell anyway copied
            // the whole table (a generated project's 14,000 cells) on every build.
            guard Self.hasReference(table.header) || Self.hasReference(table.body) else { return }
            for rowIndex in table.header.indices {
                resolveReferences(in: &table.header[rowIndex], labels: labels, unresolved: &unresolved)
            }
            for rowIndex in table.body.indices {
                resolveReferences(in: &table.body[rowIndex], labels: labels, unresolved: &unresolved)
            }
            block = .table(table)
        case .figure, .signature, .tableOfContents:
            break
        }
    }

    /// A cell of one plain text holds no reference and is passed over (see `hasReference`).
    private func resolveReferences(in row: inout Row, labels: [String: String], unresolved: inout [String]) {
        for index in row.cells.indices where row.cells[index].soleText == nil {
            row.cells[index].content = resolved(row.cells[index].content, labels: labels, unresolved: &unresolved)
        }
    }

    /// Whether a cell of `rows` holds a reference. By indices, each cell read in place:
    /// `contains(where:)` over rows and cells retained and released every cell's content.
    /// A cell of one plain text, most of them, is passed over by its `soleText`: asking its
    /// `content` would make an array of one inline for each of a generated project's 14,000
    /// cells.
    private static func hasReference(_ rows: [Row]) -> Bool {
        for rowIndex in rows.indices {
            for cellIndex in rows[rowIndex].cells.indices {
                if rows[rowIndex].cells[cellIndex].soleText != nil {
                    continue
                }
                if hasReference(rows[rowIndex].cells[cellIndex].content) { return true }
            }
        }
        return false
    }

    private static func hasReference(_ inlines: [Inline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .reference: true
            case .emphasis(let inner), .strong(let inner): hasReference(inner)
            case .text, .math, .lineBreak: false
            }
        }
    }

    private func resolved(_ inlines: [Inline], labels: [String: String], unresolved: inout [String]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .reference(let id, _):
                if labels[id] == nil { unresolved.append(id) }
                return .reference(id: id, label: labels[id])
            case .emphasis(let inner):
                return .emphasis(resolved(inner, labels: labels, unresolved: &unresolved))
            case .strong(let inner):
                return .strong(resolved(inner, labels: labels, unresolved: &unresolved))
            case .text, .math, .lineBreak:
                return inline
            }
        }
    }
}
