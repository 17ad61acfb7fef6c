/// Where each element and each run of text starts in an XML source, in document order.
/// libxml2 records only a line per node (and for text, the line where the text ends), so the
/// positions are recovered by a light scan of the source, which is well-formed by then.
///
/// A text run is what `XMLTreeParser` turns into one `.text` node: character data, CDATA
/// sections and references inside the root element, up to the next start or end tag
/// (comments and processing instructions are dropped and do not end a run).
struct XMLSourcePositions {
    private(set) var elementStarts: [XMLPosition] = []
    private(set) var textStarts: [XMLPosition] = []
    /// Where `<!DOCTYPE` starts, if the source has one.
    private(set) var doctypeStart: XMLPosition?

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(scanning text: String) {
        scalars = Array(text.unicodeScalars)
        scan()
    }

    private var position: XMLPosition { XMLPosition(line: line, column: column) }

    private mutating func scan() {
        var depth = 0
        var isInTextRun = false
        while index < scalars.count {
            guard scalars[index] == "<" else {
                if depth > 0, !isInTextRun {
                    textStarts.append(position)
                    isInTextRun = true
                }
                advance()
                continue
            }
            if hasPrefix("<!--") {
                skip(past: "-->")
            } else if hasPrefix("<![CDATA[") {
                skip(count: 9)
                // An empty CDATA section yields no text node, so it must not start a run.
                if depth > 0, !isInTextRun, !hasPrefix("]]>") {
                    textStarts.append(position)
                    isInTextRun = true
                }
                skip(past: "]]>")
            } else if hasPrefix("<?") {
                skip(past: "?>")
            } else if hasPrefix("<!") {
                doctypeStart = doctypeStart ?? position
                skipMarkupDeclaration()
            } else if hasPrefix("</") {
                depth -= 1
                isInTextRun = false
                skip(past: ">")
            } else {
                elementStarts.append(position)
                isInTextRun = false
                if !skipTag() {
                    depth += 1
                }
            }
        }
    }

    /// Skips a start tag; returns whether it was an empty-element tag (`<br/>`).
    private mutating func skipTag() -> Bool {
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = "<"
        while index < scalars.count {
            let scalar = scalars[index]
            advance()
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return previous == "/"
            }
            previous = scalar
        }
        return false
    }

    /// Skips `<!DOCTYPE ...>`, including an internal subset in brackets and quoted literals.
    private mutating func skipMarkupDeclaration() {
        var quote: Unicode.Scalar?
        var bracketDepth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            advance()
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "[" {
                bracketDepth += 1
            } else if scalar == "]" {
                bracketDepth -= 1
            } else if scalar == ">", bracketDepth <= 0 {
                return
            }
        }
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        var offset = index
        for scalar in prefix.unicodeScalars {
            guard offset < scalars.count, scalars[offset] == scalar else { return false }
            offset += 1
        }
        return true
    }

    private mutating func skip(count: Int) {
        for _ in 0..<count where index < scalars.count {
            advance()
        }
    }

    private mutating func skip(past terminator: String) {
        while index < scalars.count, !hasPrefix(terminator) {
            advance()
        }
        skip(count: terminator.unicodeScalars.count)
    }

    /// Moves one scalar on. Line ends count as XML normalises them: CR LF and a lone CR are
    /// one line break each, like LF.
    private mutating func advance() {
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n")) {
            line += 1
            column = 1
        } else if scalar != "\r" {
            column += 1
        }
    }
}
