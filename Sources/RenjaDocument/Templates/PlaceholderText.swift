import Foundation

/// A template string split into literal runs and `{{path}}` placeholders.
struct PlaceholderText: Equatable {
    /// One run of a template string.
    enum Part: Equatable {
        /// Whatever `init(parsing:literal:)`'s `literal` made of a literal run's bytes: the run as
        /// written by default (attribute values), its white space folded for text nodes.
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
    /// was a sixth of the fill stage (docs/performance.md). Each literal run is made a String
    /// by `literal` from its bytes, so that a caller that rewrites the runs (folding their white
    /// space) makes one String per run, not two.
    init(
        parsing text: String,
        literal: (UnsafeBufferPointer<UInt8>) -> String = { String(decoding: $0, as: UTF8.self) }
    ) throws(Malformed) {
        var text = text
        parts = try text.withUTF8 { bytes in Result { () throws(Malformed) in try Self.parts(of: bytes, literal: literal) } }.get()
    }

    private static func parts(
        of bytes: UnsafeBufferPointer<UInt8>, literal: (UnsafeBufferPointer<UInt8>) -> String
    ) throws(Malformed) -> [Part] {
        var parts: [Part] = []
        var rest = 0
        while let open = firstPair(of: UInt8(ascii: "{"), in: bytes, from: rest) {
            if open > rest { parts.append(.literal(literal(UnsafeBufferPointer(rebasing: bytes[rest..<open])))) }
            guard let close = firstPair(of: UInt8(ascii: "}"), in: bytes, from: open + 2) else {
                throw Malformed(message: "'{{' without a closing '}}'", offset: open)
            }
            let between = UnsafeBufferPointer(rebasing: bytes[(open + 2)..<close])
            guard let path = validPath(between) else {
                let rawPath = String(decoding: between, as: UTF8.self)
                throw Malformed(message: "'{{\(rawPath)}}' is not a placeholder path", offset: open)
            }
            parts.append(.placeholder(path: path, offset: open))
            rest = close + 2
        }
        if rest < bytes.count { parts.append(.literal(literal(UnsafeBufferPointer(rebasing: bytes[rest...])))) }
        return parts
    }

    /// Whether the string holds any placeholder at all.
    var hasPlaceholders: Bool {
        parts.contains { if case .placeholder = $0 { true } else { false } }
    }

    /// Where the first two consecutive `byte`s at or after `start` begin.
    private static func firstPair(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index + 1] != byte {
                index += 2
            } else if bytes[index] == byte {
                return index
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The path between the braces without its surrounding blanks, when it is dotted names
    /// (letters, digits, `_`, `-`). ASCII paths are checked on the template's bytes, and only
    /// the path itself is made a String.
    private static func validPath(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        if raw.isASCII { return validASCIIPath(raw) }
        let path = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let isValid = !path.isEmpty && path.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isName)
        return isValid ? path : nil
    }

    /// Whether `text` is one name of a path (letters, digits, `_`, `-`), as `r:each` binds.
    /// ASCII names are checked by bytes: every loop of every template asks, and Characters
    /// (grapheme breaking, Unicode properties) cost ten times as much.
    static func isName(_ text: Substring) -> Bool {
        guard !text.isEmpty else { return false }
        var isASCII = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                continue
            case 0x80...:
                isASCII = false
            default:
                return false
            }
        }
        return isASCII || text.allSatisfy(isNameCharacter)
    }

    /// A character of a name: a letter, a digit, `_` or `-`.
    static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
    }

    /// `validPath` for ASCII text, by bytes: the only ASCII blanks of `.whitespaces` are space
    /// and tab, and the only ASCII letters and numbers are `A-Z`, `a-z` and `0-9`. On the
    /// buffer, not a `Substring.UTF8View`: stepping through the view cost three times as much.
    private static func validASCIIPath(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = raw.firstIndex(where: { !isBlank($0) }), let last = raw.lastIndex(where: { !isBlank($0) }) else {
            return nil
        }
        let path = UnsafeBufferPointer(rebasing: raw[first...last])
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
        return segmentIsEmpty ? nil : String(decoding: path, as: UTF8.self)
    }
}
