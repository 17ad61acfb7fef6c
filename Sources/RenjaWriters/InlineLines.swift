import RenjaDocument

/// Inline content cut at its line breaks, for DocBook, which has no line-break element: the
/// DocBook writer puts each line in a block of its own. A break inside emphasis cuts the
/// emphasis too, so that every line keeps its styling.
enum InlineLines {
    /// The lines of `content`; one line when it has no break, never zero.
    static func split(_ content: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in content {
            switch inline {
            case .lineBreak:
                lines.append([])
            case let .emphasis(inner):
                append(split(inner).map { Inline.emphasis($0) }, to: &lines)
            case let .strong(inner):
                append(split(inner).map { Inline.strong($0) }, to: &lines)
            case .text, .math, .reference:
                lines[lines.count - 1].append(inline)
            }
        }
        return lines
    }

    /// Whether `content` breaks anywhere, inside emphasis too: exactly when `split` gives
    /// more than one line, without building the lines.
    static func containsBreak(_ content: [Inline]) -> Bool {
        content.contains { inline in
            switch inline {
            case .lineBreak:
                true
            case let .emphasis(inner), let .strong(inner):
                containsBreak(inner)
            case .text, .math, .reference:
                false
            }
        }
    }

    /// Appends the pieces of one wrapped inline: the first continues the current line, each
    /// further piece starts a new line.
    private static func append(_ pieces: [Inline], to lines: inout [[Inline]]) {
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                lines.append([])
            }
            lines[lines.count - 1].append(piece)
        }
    }
}
