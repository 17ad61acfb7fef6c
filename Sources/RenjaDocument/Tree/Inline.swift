/// Inline content of paragraphs, list items and table cells.
///
/// Not `indirect`: every payload is already a reference or small (nesting goes through arrays,
/// `Math` boxes itself), and an indirect case put each table cell's text in a box of its own,
/// one more allocation, release and free per cell of the 14,000 of a generated document.
public enum Inline: Equatable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    /// A formula such as an indicator's fraction, written as MathML by both writers.
    case math(Math)
    /// A reference to a section, table or figure by id; `label` ("Tabel T-C.29", "BAB II") is
    /// filled in by `DocumentNumbering`.
    case reference(id: String, label: String?)
    case lineBreak
}
