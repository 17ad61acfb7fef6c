import RenjaDocument

/// One line of DAFTAR ISI: a link to a section, with its printed number and title, and the
/// lines of its subsections. Both writers list the same entries.
struct TableOfContentsEntry: Equatable {
    /// How deep DAFTAR ISI goes: chapters and their sections (`BAB II`, `2.1`), as Renja
    /// documents print it; sub-sections (`2.1.1`) are left out.
    static let depth = 2

    var id: String
    var number: String?
    var title: String
    var children: [TableOfContentsEntry]

    /// The entries of every section of `document` down to `depth`, front matter included
    /// (PENGANTAR and DAFTAR ISI are listed too, without numbers).
    static func entries(of document: Document) -> [TableOfContentsEntry] {
        entries(of: document.sections, level: 1)
    }

    private static func entries(of sections: [Section], level: Int) -> [TableOfContentsEntry] {
        guard level <= depth else { return [] }
        return sections.map { section in
            TableOfContentsEntry(
                id: section.id, number: section.printedNumber, title: section.title,
                children: entries(of: section.subsections, level: level + 1))
        }
    }
}
