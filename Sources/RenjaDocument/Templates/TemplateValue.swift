/// A value a template can show or walk: the context a template is filled from is a tree of these.
/// Every number in it is already formatted text (by `RenjaFormatter`): templates never format.
///
/// Not `indirect`: nesting goes through arrays and dictionaries, and boxing every value cost an
/// allocation and a free per text of the context.
public enum TemplateValue: Equatable, Sendable {
    /// Text shown by `{{path}}`.
    case text(String)
    /// Items walked by `<r:each select="path" as="name">`.
    case list([TemplateValue])
    /// Named fields reached with a dot: `{{opd.nama}}`.
    case record([String: TemplateValue])
    /// A yes/no tested by `<r:if test="path">`.
    case flag(Bool)

    /// What kind of value this is, as named in diagnostics ("is a list, not text").
    public var kindName: String {
        switch self {
        case .text: "text"
        case .list: "a list"
        case .record: "a record"
        case .flag: "a flag"
        }
    }

    /// Whether `<r:if test>` takes its first branch: a set flag, non-empty text, a non-empty
    /// list, any record.
    public var isTrue: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .record: true
        case .flag(let flag): flag
        }
    }

    /// A list of texts, the most common list in the context (landasan hukum, arah kebijakan...).
    public static func texts(_ texts: [String]) -> TemplateValue {
        .list(texts.map(TemplateValue.text))
    }
}
