/// A table cell: inline content, spans and alignment. An empty cell prints "-" only when
/// its content says so; the table builders put the "-" in.
public struct Cell: Equatable, Sendable {
    /// Horizontal alignment; numbers are right-aligned.
    public enum Alignment: String, Equatable, Sendable {
        case left
        case center
        case right
    }

    /// What a cell holds. Nearly every cell of a generated document (14,000 of them) is one
    /// plain text: kept as just its String, such a cell allocates, retains and frees no array
    /// of inlines, and the writers write its text directly.
    @usableFromInline
    enum Storage: Equatable, Sendable {
        case text(String)
        /// Any other content; never exactly one `.text`, so that equal contents are stored
        /// alike and the synthesised equality stays that of the inlines.
        case inlines([Inline])

        init(_ content: [Inline]) {
            if content.count == 1, case let .text(text) = content[0] {
                self = .text(text)
            } else {
                self = .inlines(content)
            }
        }
    }

    /// Set only through the initialisers and `content`, which keep `Storage`'s rule.
    @usableFromInline
    private(set) var storage: Storage
    public var columnSpan: Int
    public var rowSpan: Int
    public var alignment: Alignment

    /// The cell's inline content; a plain-text cell gives its text as one `.text`.
    public var content: [Inline] {
        get {
            switch storage {
            case let .text(text): [.text(text)]
            case let .inlines(inlines): inlines
            }
        }
        set {
            storage = Storage(newValue)
        }
    }

    /// The cell's text when its content is exactly one plain text, as nearly every cell's is;
    /// nil otherwise. Inlinable: the writers ask it of every cell, from another module.
    @inlinable
    public var soleText: String? {
        switch storage {
        case let .text(text): text
        case .inlines: nil
        }
    }

    public init(_ content: [Inline], columnSpan: Int = 1, rowSpan: Int = 1, alignment: Alignment = .left) {
        self.storage = Storage(content)
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.alignment = alignment
    }

    /// A cell holding plain text.
    public init(text: String, columnSpan: Int = 1, rowSpan: Int = 1, alignment: Alignment = .left) {
        self.storage = .text(text)
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.alignment = alignment
    }
}
