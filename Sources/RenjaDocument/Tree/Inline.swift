/// Inline content of paragraphs, list items and table cells.
public indirect enum Inline: Equatable, Sendable {
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
