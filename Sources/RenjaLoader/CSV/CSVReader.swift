import RenjaModel

/// A strict RFC 4180 reader over UTF-8 bytes (with or without a BOM). It detects `,` or `;`
/// from the header line, allows CRLF, LF or CR line ends, quoted fields with `""` escapes,
/// delimiters and line breaks, and reports every structural problem at its line and column
/// instead of guessing. Lines with nothing on them are skipped (editors leave them at the end),
/// and so is an empty column after a delimiter that ends the header line, as Excel writes it.
///
/// It works on bytes rather than `Character`s: every byte that matters to the syntax is ASCII,
/// and batch builds read thousands of these files.
struct CSVReader {
    /// The path printed in diagnostics.
    var file: String

    /// The table, or `nil` with the errors that prevent reading it. A row whose field count
    /// is not the header's is reported and left out of the table, so that the other rows are
    /// still checked and a user fixes the whole file in one run; an encoding or quoting error
    /// stops the reading.
    func read(_ bytes: [UInt8]) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let invalid = InvalidUTF8.first(in: body) {
            let location = SourceLocation(file: file, line: invalid.line, column: invalid.column)
            // Windows-1252 is the likely encoding of other bytes, from a spreadsheet saved as plain CSV.
            return (nil, [.error(
                "\(invalid.problem); save it as \"CSV UTF-8\"" + (invalid.isUTF16 ? "" : " (e.g. it may be Windows-1252)"), at: location)])
        }
        let delimiter = detectDelimiter(in: body)
        var header: [CSVField] = []
        var fields: [CSVField] = []
        // Rows whose length differs from the header's, left out of `fields`: their length and
        // first field.
        var ragged: [(fieldCount: Int, first: CSVField)] = []
        var quotedBytes: [UInt8] = []
        // Whether the header line ends with an empty field after its last delimiter.
        var endsWithDelimiter = false
        // The scanner reads through a buffer pointer: the slice's bounds checks on every byte
        // cost more than the scanning itself.
        let syntaxError = body.withUnsafeBufferPointer { bytes -> SyntaxError? in
            var scanner = Scanner(bytes: bytes, delimiter: delimiter)
            do throws(SyntaxError) {
                guard try scanner.nextRecord(appendingTo: &header) != nil else { return nil }
                // Excel ends every line with a delimiter once a column right of the table was
                // touched (`tahun;kode;k;rp;`): an empty last name names no column, and an
                // empty last cell under it is dropped from its row.
                endsWithDelimiter = header.count > 1 && header[header.count - 1].range.isEmpty
                if endsWithDelimiter { header.removeLast() }
                // Room for a row per line: growing the array from empty copied it a dozen times.
                // At most a field per byte and one more: a line count times a long header can
                // exceed anything the file holds (100,000 commas over 100,000 blank lines).
                let lineEnds = bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                fields.reserveCapacity(min(lineEnds * header.count, bytes.count + 1))
                while var fieldCount = try scanner.nextRecord(appendingTo: &fields) {
                    if endsWithDelimiter, fieldCount == header.count + 1, fields[fields.count - 1].range.isEmpty {
                        fields.removeLast()
                        fieldCount -= 1
                    }
                    if fieldCount != header.count {
                        ragged.append((fieldCount, fields[fields.count - fieldCount]))
                        fields.removeLast(fieldCount)
                    }
                }
                quotedBytes = scanner.quotedBytes
                return nil
            } catch {
                return error
            }
        }
        if let error = syntaxError {
            return (nil, [.error(error.message, at: SourceLocation(file: file, line: error.line, column: error.column))])
        }
        guard !header.isEmpty else {
            return (nil, [.error("missing header: the file is empty", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        // A spreadsheet saved as tab-separated text is one column by these delimiters: saying
        // so beats a ragged-row error on every line, or unknown and missing columns.
        if header.count == 1, body.prefix(while: { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }).contains(UInt8(ascii: "\t")) {
            return (nil, [.error("the header is one column with tabs in it: the file looks tab-separated; save it as CSV, "
                                 + "with ';' or ',' between the columns", at: SourceLocation(file: file, line: header[0].line, column: header[0].column))])
        }
        let separator = UnicodeScalar(delimiter)
        let raggedRows = ragged.map { row -> Diagnostic in
            var message = "row has \(row.fieldCount) field\(row.fieldCount == 1 ? "" : "s"), the header has \(header.count)"
            if row.fieldCount < header.count {
                message += "; an empty cell still needs its '\(separator)'"
            } else if endsWithDelimiter {
                message += " (its last '\(separator)' names no column)"
            }
            return .error(message, at: SourceLocation(file: file, line: row.first.line, column: row.first.column))
        }
        return (CSVTable(bytes: body, quotedBytes: quotedBytes, header: header, fields: fields), raggedRows)
    }

    /// `;` when the header line holds more semicolons than commas (outside quotes), else `,`.
    private func detectDelimiter(in bytes: ArraySlice<UInt8>) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ","): if !quoted { commas += 1 }
            case UInt8(ascii: ";"): if !quoted { semicolons += 1 }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): if !quoted { return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",") }
            default: break
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}

extension CSVReader {
    /// Where a quoting error is, and what it is.
    struct SyntaxError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// Splits validated UTF-8 bytes into records of positioned fields.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let delimiter: UInt8
        private var index: Int
        private var line = 1
        private var column = 1
        /// The contents of the quoted fields read so far, doubled quotes undone.
        private(set) var quotedBytes: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.index = bytes.startIndex
        }

        /// Appends the next non-empty record's fields to `fields`: how many, or `nil` at the end
        /// of the input.
        mutating func nextRecord(appendingTo fields: inout [CSVField]) throws(SyntaxError) -> Int? {
            while index < bytes.endIndex, isLineBreak(bytes[index]) { consumeLineBreak() }
            guard index < bytes.endIndex else { return nil }
            var fieldCount = 0
            while true {
                fields.append(try nextField())
                fieldCount += 1
                if index < bytes.endIndex, bytes[index] == delimiter {
                    advance()
                    continue
                }
                if index < bytes.endIndex { consumeLineBreak() }
                return fieldCount
            }
        }

        /// Reads one field and stops on the delimiter, a line break or the end.
        private mutating func nextField() throws(SyntaxError) -> CSVField {
            let startLine = line
            let startColumn = column
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else {
                // Position kept in locals: most of a file is unquoted fields, and updating the
                // scanner's own fields byte by byte cost twice as much. A byte above the quote
                // that is not the delimiter (digits, letters, every byte of a multi-byte
                // character) needs no other test. The column counts the bytes that start a
                // character, not looking at the next byte as `advance()` does: inside a
                // multi-byte character it runs one ahead, which never shows, since the loop
                // stops and reports only on ASCII bytes, at character boundaries (the input is
                // UTF-8-validated before scanning).
                let start = index
                var (end, endColumn) = (index, column)
                while end < bytes.endIndex {
                    let byte = bytes[end]
                    if byte <= UInt8(ascii: "\"") || byte == delimiter {
                        if byte == delimiter || isLineBreak(byte) { break }
                        if byte == UInt8(ascii: "\"") {
                            throw SyntaxError(message: "a quote inside an unquoted field; quote the whole field and double the quote",
                                              line: line, column: endColumn)
                        }
                        try refuseControlCharacter(byte, atColumn: endColumn)
                    }
                    if byte & 0xC0 != 0x80 { endColumn += 1 }
                    end += 1
                }
                (index, column) = (end, endColumn)
                return CSVField(text: bytes[start..<index], range: start..<index, line: startLine, column: startColumn)
            }
            let start = quotedBytes.count
            advance()
            while true {
                guard index < bytes.endIndex else {
                    throw SyntaxError(message: "unterminated quoted field", line: startLine, column: startColumn)
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    advance()
                    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") {
                        quotedBytes.append(byte)
                        advance()
                        continue
                    }
                    guard index == bytes.endIndex || bytes[index] == delimiter || isLineBreak(bytes[index]) else {
                        throw SyntaxError(message: "unexpected text after a closing quote", line: line, column: column)
                    }
                    return CSVField(text: quotedBytes[start...], range: start..<quotedBytes.count, line: startLine, column: startColumn,
                                    quoted: true)
                }
                if isLineBreak(byte) {
                    // Line breaks inside quotes are content, kept as written (CRLF stays CRLF).
                    let lineBreak = index
                    consumeLineBreak()
                    quotedBytes.append(contentsOf: bytes[lineBreak..<index])
                } else {
                    try refuseControlCharacter(byte, atColumn: column)
                    quotedBytes.append(byte)
                    advance()
                }
            }
        }

        /// Control characters other than tab and line breaks cannot be printed and would pass
        /// into diagnostics and the document as they are; they are always a copy-paste accident.
        private func refuseControlCharacter(_ byte: UInt8, atColumn column: Int) throws(SyntaxError) {
            guard byte < 0x20, byte != UInt8(ascii: "\t") else { return }
            let code = String(byte, radix: 16, uppercase: true)
            throw SyntaxError(message: "control character U+\(String(repeating: "0", count: 4 - code.count))\(code) in a cell",
                              line: line, column: column)
        }

        private func isLineBreak(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        /// Moves past one byte of a line; continuation bytes of UTF-8 do not start a column.
        private mutating func advance() {
            index += 1
            if index == bytes.endIndex || bytes[index] & 0xC0 != 0x80 { column += 1 }
        }

        /// Moves past CRLF, LF or CR.
        private mutating func consumeLineBreak() {
            if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "\n") {
                index += 1
            }
            index += 1
            line += 1
            column = 1
        }
    }
}
