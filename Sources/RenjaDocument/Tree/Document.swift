/// The whole Renja as one format-neutral tree: what the templates produce and what every writer
/// reads. Numbers (chapters, sections, tables, figures) are assigned by `DocumentNumbering`,
/// never typed, and writers print them as they find them.
public struct Document: Equatable, Sendable {
    /// The document's language tag, `id`.
    public var language: String
    /// The title lines of the cover (e.g. `RENJA`, `(RENCANA KERJA)`, `KECAMATAN JATIROTO`, `2020`).
    public var coverLines: [String]
    /// The plain title, for metadata (`<title>`, `info/title`).
    public var title: String
    /// Unnumbered front matter (PENGANTAR, DAFTAR ISI) and the numbered chapters, in order.
    public var sections: [Section]

    public init(language: String = "id", coverLines: [String], title: String, sections: [Section]) {
        self.language = language
        self.coverLines = coverLines
        self.title = title
        self.sections = sections
    }
}
