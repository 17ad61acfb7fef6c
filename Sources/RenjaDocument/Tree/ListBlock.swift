/// An ordered or bulleted list whose items hold blocks (so that lists can nest).
public struct ListBlock: Equatable, Sendable {
    /// How items are marked.
    public enum Marker: String, Equatable, Sendable {
        case bullet
        /// 1. 2. 3.
        case arabic
        /// a. b. c.
        case loweralpha
        /// A. B. C.
        case upperalpha
        /// 1) 2) 3)
        case arabicParen
    }

    public var marker: Marker
    public var items: [[Block]]

    public init(marker: Marker, items: [[Block]]) {
        self.marker = marker
        self.items = items
    }
}
