import Foundation

/// A template string split into literal runs and `{{path}}` placeholders.
struct PlaceholderText: Equatable {
    /// One run of a template string.
    enum Part: Equatable {
        case literal(String)
        /// A placeholder's path and the offset (in UTF-8 bytes) of its `{{` in the string.
        case placeholder(path: String, offset: Int)
    }

    /// A malformed placeholder and the offset (in UTF-8 bytes) of its `{{`.
    struct Malformed: Error, Equatable {
        var message: String
        var offset: Int
    }

    var parts: [Part]

    /// Splits `text`; a `{{` without `}}`, or a path that is not dotted names
    /// (letters, digits, `_`, `-`), is malformed. The braces are found by bytes: every template
    /// text passes through here on every build, and Foundation's `range(of:)` by Characters
    /// was a sixth of the fill stage (docs/performance.md).
    init(parsing text: String) throws(Malformed) {
        let bytes = text.utf8
        var parts: [Part] = []
        var rest = bytes.startIndex
        while let open = Self.firstPair(of: UInt8(ascii: "{"), in: bytes[rest...]) {
            if open > rest { parts.append(.literal(String(text[rest..<open]))) }
            let openOffset = bytes.distance(from: bytes.startIndex, to: open)
            let pathStart = bytes.index(open, offsetBy: 2)
            guard let close = Self.firstPair(of: UInt8(ascii: "}"), in: bytes[pathStart...]) else {
                throw Malformed(message: "'{{' without a closing '}}'", offset: openOffset)
            }
            let rawPath = text[pathStart..<close]
            guard let path = Self.validPath(rawPath) else {
                throw Malformed(message: "'{{\(rawPath)}}' is not a placeholder path", offset: openOffset)
            }
            parts.append(.placeholder(path: path, offset: openOffset))
            rest = bytes.index(close, offsetBy: 2)
        }
        if rest < bytes.endIndex { parts.append(.literal(String(text[rest...]))) }
        self.parts = parts
    }

    /// Whether the string holds any placeholder at all.
    var hasPlaceholders: Bool {
        parts.contains { if case .placeholder = $0 { true } else { false } }
    }

    /// Where the first two consecutive `byte`s start.
    private static func firstPair(of byte: UInt8, in bytes: Substring.UTF8View) -> String.Index? {
        var previous: String.Index?
        for index in bytes.indices {
            if bytes[index] == byte {
                if let previous { return previous }
                previous = index
            } else {
                previous = nil
            }
        }
        return nil
    }

    /// The path between the braces without its surrounding blanks, when it is dotted names
    /// (letters, digits, `_`, `-`).
    private static func validPath(_ raw: Substring) -> String? {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return validASCIIPath(raw.utf8) }
        let path = raw.trimmingCharacters(in: .whitespaces)
        let isValid = !path.isEmpty && path.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { segment in
            !segment.isEmpty && segment.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        }
        return isValid ? path : nil
    }

    /// `validPath` for ASCII text, by bytes: the only ASCII blanks of `.whitespaces` are space
    /// and tab, and the only ASCII letters and numbers are `A-Z`, `a-z` and `0-9`.
    private static func validASCIIPath(_ raw: Substring.UTF8View) -> String? {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let trimmed = raw.drop(while: isBlank)
        guard let last = trimmed.lastIndex(where: { !isBlank($0) }) else { return nil }
        let path = trimmed[...last]
        var segmentIsEmpty = true
        for byte in path {
            switch byte {
            case UInt8(ascii: "."):
                if segmentIsEmpty { return nil }
                segmentIsEmpty = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                segmentIsEmpty = false
            default:
                return nil
            }
        }
        return segmentIsEmpty ? nil : String(Substring(path))
    }
}
