/// A child of an element: another element or a run of text.
public enum XMLNode: Equatable, Sendable {
    case element(XMLElement)
    /// Character data; `position` is where it starts when parsed.
    case text(String, position: XMLPosition? = nil)
}
