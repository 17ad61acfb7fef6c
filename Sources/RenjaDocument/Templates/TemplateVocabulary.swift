import RenjaXML

/// The element names a template may use: a small DocBook 5 subset for the text and the `r:`
/// elements (namespace `urn:renja:template`) for loops, conditions and generated blocks.
enum TemplateVocabulary {
    /// The namespace URI the `r:` prefix is bound to in templates.
    static let renjaNamespace = "urn:renja:template"

    /// Root of the cover template (title and cover lines), and in a chapter the holder of its
    /// abstract.
    static let info = "info"
    /// Roots: unnumbered front matter, a chapter, or a section added by the outline.
    static let front = "preface"
    static let chapter = "chapter"
    static let section = "section"

    static let title = "title"
    static let paragraph = "para"
    static let emphasis = "emphasis"
    static let crossReference = "xref"
    static let bulletList = "itemizedlist"
    static let orderedList = "orderedlist"
    static let listItem = "listitem"
    static let tableOfContents = "toc"
    /// Inside a cover: the lines of the cover page (`<cover><para>RENJA</para>...</cover>`).
    static let coverPage = "cover"
    /// Inside a chapter's `info`: the one-line summary Sistematika Penulisan prints.
    static let abstract = "abstract"

    static let each = "each"
    static let `if` = "if"
    static let `else` = "else"
    static let block = "block"

    /// Every DocBook name templates may use, as listed in "unsupported element" errors.
    static let docBookNames: [String] = [
        info, coverPage, front, chapter, section, title, abstract, paragraph, emphasis, crossReference,
        bulletList, orderedList, listItem, tableOfContents,
    ]

    /// The `r:` elements, by local name.
    static let renjaNames: [String] = [each, `if`, `else`, block]

    /// The local name of an `r:` element, or `nil` for any other element. Namespaces must be
    /// resolved (see `Template`): the parser gives prefixed elements their local name.
    static func renjaName(of element: XMLElement) -> String? {
        element.namespace == renjaNamespace ? element.name : nil
    }

    /// The name as a template writes it: `r:each`, `para`.
    static func displayName(of element: XMLElement) -> String {
        renjaName(of: element).map { "r:\($0)" } ?? element.name
    }

    /// The text listing what templates may use, for error messages.
    static var supportedList: String {
        (docBookNames + renjaNames.map { "r:\($0)" }).joined(separator: ", ")
    }
}
