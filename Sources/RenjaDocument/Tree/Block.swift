/// Block-level content of a section.
public indirect enum Block: Equatable, Sendable {
    case paragraph([Inline])
    case list(ListBlock)
    case table(Table)
    case figure(Figure)
    /// Place, date, title, space for the signature, name and NIP.
    case signature(Signature)
    /// DAFTAR ISI: the writers list the document's numbered sections with links.
    case tableOfContents
}
