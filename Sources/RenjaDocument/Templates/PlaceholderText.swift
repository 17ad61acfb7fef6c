import Foundation

/// A template string split into literal runs and `{{path}}` placeholders.
struct PlaceholderText: Equatable {
    /// One run of a template string.
    enum Part: Equatable {
        case literal(String)
        /// A placeholder's path and the offset (in characters) of its `{{` in the string.
        case placeholder(path: String, offset: Int)
    }

    /// A malformed placeholder and the offset of its `{{`.
    struct Malformed: Error, Equatable {
        var message: String
        var offset: Int
    }

    var parts: [Part]

    /// Splits `text`; a `{{` without `}}`, or a path that is not dotted names
    /// (letters, digits, `_`, `-`), is malformed.
    init(parsing text: String) throws(Malformed) {
        var parts: [Part] = []
        var rest = Substring(text)
        var offset = 0
        while let open = rest.range(of: "{{") {
            let literal = rest[..<open.lowerBound]
            if !literal.isEmpty { parts.append(.literal(String(literal))) }
            let openOffset = offset + literal.count
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else {
                throw Malformed(message: "'{{' without a closing '}}'", offset: openOffset)
            }
            let path = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard Self.isValidPath(path) else {
                throw Malformed(message: "'{{\(afterOpen[..<close.lowerBound])}}' is not a placeholder path", offset: openOffset)
            }
            parts.append(.placeholder(path: path, offset: openOffset))
            offset = openOffset + 2 + afterOpen[..<close.upperBound].count
            rest = afterOpen[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        self.parts = parts
    }

    /// Whether the string holds any placeholder at all.
    var hasPlaceholders: Bool {
        parts.contains { if case .placeholder = $0 { true } else { false } }
    }

    private static func isValidPath(_ path: String) -> Bool {
        !path.isEmpty && path.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { segment in
            !segment.isEmpty && segment.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        }
    }
}
