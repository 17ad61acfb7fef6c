/// A chapter (BAB), a section (1.1) or a sub-section (1.1.1), or an unnumbered front-matter part.
public struct Section: Equatable, Sendable {
    /// What level of the outline a section is, which decides how it is numbered and printed.
    public enum Kind: String, Equatable, Sendable {
        /// PENGANTAR, DAFTAR ISI: no number, before the chapters.
        case front
        /// BAB I..V: roman numerals, a page break before.
        case chapter
        /// 1.1, 1.1.1: arabic numbers below their chapter.
        case section
    }

    /// Stable anchor for links and cross-references, e.g. `bab-2`, `evaluasi-renja`.
    public var id: String
    public var kind: Kind
    /// Assigned by `DocumentNumbering`: `I`, `2.1`, `3.2.4`; `nil` for front matter.
    public var number: String?
    public var title: String
    public var blocks: [Block]
    public var subsections: [Section]

    public init(id: String, kind: Kind, number: String? = nil, title: String, blocks: [Block], subsections: [Section] = []) {
        self.id = id
        self.kind = kind
        self.number = number
        self.title = title
        self.blocks = blocks
        self.subsections = subsections
    }
}
