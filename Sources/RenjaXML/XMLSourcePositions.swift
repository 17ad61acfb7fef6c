/// Where each element and each run of text starts in an XML source, in document order.
/// libxml2 records only a line per node (and for text, the line where the text ends), so the
/// positions are recovered by a light scan of the source, which is well-formed by then.
///
/// A text run is what `XMLTreeParser` turns into one `.text` node: character data, CDATA
/// sections and references inside the root element, up to the next start or end tag
/// (comments and processing instructions are dropped and do not end a run).
///
/// The scan reads the source's UTF-8 bytes (an array of scalars cost more to make than the
/// whole scan): all markup is ASCII, and a column counts Unicode scalars, i.e. the bytes that
/// are not UTF-8 continuation bytes.
struct XMLSourcePositions {
    private(set) var elementStarts: [XMLPosition] = []
    private(set) var textStarts: [XMLPosition] = []
    /// Where `<!DOCTYPE` starts, if the source has one.
    private(set) var doctypeStart: XMLPosition?

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// Where the current line starts in `bytes`.
    private var lineStart = 0
    /// A byte of the current line whose column is known: columns are counted only when a
    /// position is asked for, from the last one asked for on the same line.
    private var counted = (index: 0, column: 1)

    init(scanning text: String) {
        bytes = Array(text.utf8)
        scan()
    }

    /// The position of the byte at `index`.
    private mutating func position() -> XMLPosition {
        if counted.index < lineStart {
            counted = (lineStart, 1)
        }
        var column = counted.column
        for byte in bytes[counted.index..<index] where !UTF8.isContinuation(byte) {
            column += 1
        }
        counted = (index, column)
        return XMLPosition(line: line, column: column)
    }

    private mutating func scan() {
        var depth = 0
        var isInTextRun = false
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                if depth > 0, !isInTextRun {
                    textStarts.append(position())
                    isInTextRun = true
                }
                skipText()
                continue
            }
            if hasPrefix("<!--") {
                skip(past: "-->")
            } else if hasPrefix("<![CDATA[") {
                skip(count: 9)
                // An empty CDATA section yields no text node, so it must not start a run.
                if depth > 0, !isInTextRun, !hasPrefix("]]>") {
                    textStarts.append(position())
                    isInTextRun = true
                }
                skip(past: "]]>")
            } else if hasPrefix("<?") {
                skip(past: "?>")
            } else if hasPrefix("<!") {
                doctypeStart = doctypeStart ?? position()
                skipMarkupDeclaration()
            } else if hasPrefix("</") {
                depth -= 1
                isInTextRun = false
                skip(past: ">")
            } else {
                elementStarts.append(position())
                isInTextRun = false
                if !skipTag() {
                    depth += 1
                }
            }
        }
    }

    /// Skips a start tag; returns whether it was an empty-element tag (`<br/>`).
    private mutating func skipTag() -> Bool {
        var quote: UInt8?
        var previous = UInt8(ascii: "<")
        while index < bytes.count {
            let byte = bytes[index]
            advance()
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return previous == UInt8(ascii: "/")
            }
            previous = byte
        }
        return false
    }

    /// Skips `<!DOCTYPE ...>`, including an internal subset in brackets and quoted literals.
    private mutating func skipMarkupDeclaration() {
        var quote: UInt8?
        var bracketDepth = 0
        while index < bytes.count {
            let byte = bytes[index]
            advance()
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                bracketDepth += 1
            } else if byte == UInt8(ascii: "]") {
                bracketDepth -= 1
            } else if byte == UInt8(ascii: ">"), bracketDepth <= 0 {
                return
            }
        }
    }

    /// Whether the source continues with `prefix`, which is ASCII.
    private func hasPrefix(_ prefix: StaticString) -> Bool {
        guard index + prefix.utf8CodeUnitCount <= bytes.count else { return false }
        return prefix.withUTF8Buffer { prefixBytes in
            prefixBytes.indices.allSatisfy { bytes[index + $0] == prefixBytes[$0] }
        }
    }

    /// Moves on to the next `<`, or to the end.
    private mutating func skipText() {
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
            advance()
        }
    }

    private mutating func skip(count: Int) {
        for _ in 0..<count where index < bytes.count {
            advance()
        }
    }

    private mutating func skip(past terminator: StaticString) {
        while index < bytes.count, !hasPrefix(terminator) {
            advance()
        }
        skip(count: terminator.utf8CodeUnitCount)
    }

    /// Moves one byte on. Line ends count as XML normalises them: CR LF and a lone CR are one
    /// line break each, like LF.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index >= bytes.count || bytes[index] != UInt8(ascii: "\n"))) {
            line += 1
            lineStart = index
        }
    }
}
