extension DecimalText {
    /// What follows a figure in its text: nothing, a text attached to it (`%`), or a unit
    /// after a space (`23 Jenis`).
    enum Suffix: Sendable {
        case none
        case attached(String)
        case spaced(String)

        /// The suffix as written after the figure.
        var text: String {
            switch self {
            case .none: ""
            case .attached(let text): text
            case .spaced(let unit): " " + unit
            }
        }

        /// The length of `text` in UTF-8 bytes, without making it.
        var byteCount: Int {
            switch self {
            case .none: 0
            case .attached(let text): text.utf8.count
            case .spaced(let unit): 1 + unit.utf8.count
            }
        }
    }
}
