/// The few words the writers print around numbers the document tree gives them. The document
/// is Indonesian by definition (Permendagri 86/2017), so the words are fixed here, in one
/// place, rather than repeated on every section and figure. Tables carry their own label.
enum PrintedWords {
    /// Before a chapter's number: `BAB II`.
    static let chapter = "BAB"
    /// Before a figure's number: `Gambar 1.3`.
    static let figure = "Gambar"
}
