import Foundation
@testable import RenjaLoader
import RenjaModel
import RenjaSynthetic
import XCTest

final class CSVReaderTests: XCTestCase {
    private func read(_ text: String) -> (table: CSVTable?, diagnostics: [String]) {
        let result = CSVReader(file: "t.csv").read(Array(text.utf8))
        return (result.table, result.diagnostics.map(\.description))
    }

    private func values(_ table: CSVTable?) -> [[String]] {
        guard let table else { return [] }
        return [table.header.map(table.value(of:))] + table.rows.map { $0.map(table.value(of:)) }
    }

    func testSemicolonsCommasAndQuoting() {
        XCTAssertEqual(values(read("a;b\n1;2\n").table), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(values(read("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n").table), [["a", "b"], ["x,y", "say \"hi\""]])
        XCTAssertEqual(values(read("a;b\n\"line\r\nbreak\";\n").table), [["a", "b"], ["line\r\nbreak", ""]])
        XCTAssertEqual(values(read("a;b\n1;2").table), [["a", "b"], ["1", "2"]], "no final line break")
    }

    func testHeaderDecidesTheDelimiter() {
        XCTAssertEqual(values(read("kode;k\n\"1,5\";2,5\n").table), [["kode", "k"], ["1,5", "2,5"]])
        XCTAssertEqual(values(read("kode,k\n1;5,2\n").table), [["kode", "k"], ["1;5", "2"]])
    }

    /// A tab-separated file gave "row has 2 fields, the header has 1" on every line.
    func testATabSeparatedFileIsNamedAsSuch() {
        let expected = ["t.csv:1:1: error: the header is one column with tabs in it: the file looks tab-separated; save it as CSV, with ';' or ',' between the columns"]
        XCTAssertEqual(read("tahun\tkode\n2019\tK01\n").diagnostics, expected)
        XCTAssertEqual(read("tahun\tkode\n").diagnostics, expected, "the header alone says it")
        XCTAssertEqual(values(read("keterangan\n\"a\tb\"\n").table), [["keterangan"], ["a\tb"]], "a tab inside a field of one column is data")
    }

    /// Excel's `tahun;kode;k;rp;` gave "unknown column ''; did you mean 'k'?": a header line
    /// that ends with a delimiter has no column there, and rows may end with an empty cell.
    func testADelimiterEndingTheHeaderNamesNoColumn() {
        XCTAssertEqual(values(read("a;b;\n1;2;\n3;4\n;;\n\"5\";\"6\";\"\"\n").table), [["a", "b"], ["1", "2"], ["3", "4"], ["", ""], ["5", "6"]])
        XCTAssertEqual(values(read("a,b,\r\n1,2,\r\n").table), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(read("a;b;\n1;2;x\n1;2;;\n").diagnostics, [
            "t.csv:2:1: error: row has 3 fields, the header has 2 (its last ';' names no column)",
            "t.csv:3:1: error: row has 4 fields, the header has 2 (its last ';' names no column)",
        ])
        XCTAssertEqual(values(read("a;;b\n1;;2\n").table), [["a", "", "b"], ["1", "", "2"]], "an empty name inside the header stays a column")
    }

    /// A row of the wrong length is reported and left out; the rows after it are read.
    func testRowsOfTheWrongLengthAreLeftOutOfTheTable() throws {
        let result = read("a,b\n1\n2,3\n4,5,6\n7,8\n")
        XCTAssertEqual(result.diagnostics, [
            "t.csv:2:1: error: row has 1 field, the header has 2; an empty cell still needs its ','",
            "t.csv:4:1: error: row has 3 fields, the header has 2",
        ])
        XCTAssertEqual(values(result.table), [["a", "b"], ["2", "3"], ["7", "8"]])
        XCTAssertEqual(try XCTUnwrap(result.table).rows.map { $0.first?.line }, [3, 5])
    }

    func testByteOrderMarkIsDropped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kode;k\nA;1\n".utf8)
        let table = CSVReader(file: "t.csv").read(bytes).table
        XCTAssertEqual(table.flatMap { table in table.header.first.map(table.value(of:)) }, "kode")
        XCTAssertEqual(table?.header.first?.column, 1)
    }

    func testFieldsCarryLineAndColumnInUnicodeScalars() throws {
        let table = try XCTUnwrap(read("nama;kode\n\"é\nx\";Ü;\n".replacingOccurrences(of: "Ü;", with: "Ü")).table)
        XCTAssertEqual(table.rows[0][0].line, 2)
        XCTAssertEqual(table.rows[0][0].column, 1)
        XCTAssertEqual(table.rows[0][1].line, 3)
        XCTAssertEqual(table.rows[0][1].column, 4)
        let accented = try XCTUnwrap(read("a;b\néé;x\n").table)
        XCTAssertEqual(accented.rows[0][1].column, 4)
    }

    func testHeaderOnlyIsZeroRowsAndEmptyIsMissingHeader() {
        XCTAssertEqual(read("tahun;kode;k;rp\n").table?.rows.count, 0)
        XCTAssertEqual(read("").diagnostics, ["t.csv:1:1: error: missing header: the file is empty"])
        XCTAssertEqual(read("\n\r\n").diagnostics, ["t.csv:1:1: error: missing header: the file is empty"])
    }

    func testStructuralErrorsArePositioned() {
        XCTAssertEqual(read("a;b\n1;\"open\n2;3\n").diagnostics, ["t.csv:2:3: error: unterminated quoted field"])
        XCTAssertEqual(read("a;b\n1;x\"y\n").diagnostics,
                       ["t.csv:2:4: error: a quote inside an unquoted field; quote the whole field and double the quote"])
        XCTAssertEqual(read("a;b\n\"x\"y;1\n").diagnostics, ["t.csv:2:4: error: unexpected text after a closing quote"])
        XCTAssertEqual(read("a;b\n1\n1;2;3\n").diagnostics, [
            "t.csv:2:1: error: row has 1 field, the header has 2; an empty cell still needs its ';'",
            "t.csv:3:1: error: row has 3 fields, the header has 2",
        ])
    }

    func testNonUTF8IsOneErrorNamingTheFile() {
        let windows1252: [UInt8] = Array("kode;nama\nA;caf".utf8) + [0xE9] + Array("\n".utf8)
        let diagnostics = CSVReader(file: "data/x.csv").read(windows1252).diagnostics
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(file: "data/x.csv", line: 2, column: 6))
    }

    /// Excel's "Unicode Text" is UTF-16 with a byte-order mark: it was "not UTF-8 (byte 0xFF)
    /// ... it may be Windows-1252", which sent a user to the wrong encoding.
    func testUTF16IsNamedAsSuch() {
        let expected = ["t.csv:1:1: error: the file is UTF-16, not UTF-8; save it as \"CSV UTF-8\""]
        let text = "kode;k\nA;1\n"
        XCTAssertEqual(CSVReader(file: "t.csv").read([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).diagnostics.map(\.description), expected)
        XCTAssertEqual(CSVReader(file: "t.csv").read([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }).diagnostics.map(\.description), expected)
        XCTAssertEqual(CSVReader(file: "t.csv").read(Array("kode;k\n".utf8) + [0xFF, 0xFE]).diagnostics.map(\.description), [
            "t.csv:2:1: error: the file is not UTF-8 (byte 0xFF); save it as \"CSV UTF-8\" (e.g. it may be Windows-1252)",
        ], "the mark's bytes later in the file are Windows-1252's ÿþ")
    }

    /// Errors inside an unquoted field point at the offending character, counting a
    /// multi-byte character as one column.
    func testErrorsInUnquotedFieldsAreAtTheirCharacter() {
        XCTAssertEqual(read("a,b\nxé\u{01},2\n").diagnostics.first?.hasPrefix("t.csv:2:3: error: control character U+0001"), true)
        XCTAssertEqual(read("a,b\n1,éé\"x\n").diagnostics.first?.hasPrefix("t.csv:2:5: error: a quote inside an unquoted field"), true)
    }

    /// Any table of strings written with RFC 4180 quoting reads back equal.
    func testRoundTripOfRandomTables() throws {
        var generator = SplitMix64(seed: 4180)
        let alphabet: [String] = ["a", "Z", "1", ",", ";", "\"", "\r", "\n", "\r\n", " ", "é", "漢", "🙂", "-", "%"]
        for _ in 0..<300 {
            let columns = Int.random(in: 1...5, using: &generator)
            let rows = Int.random(in: 0...6, using: &generator)
            let delimiter = Bool.random(using: &generator) ? ";" : ","
            let lineEnd = Bool.random(using: &generator) ? "\r\n" : "\n"
            // Header names are plain words, as the realisation files have; the delimiter is
            // detected from them.
            let header = (0..<columns).map { "c\($0)" }
            let body: [[String]] = (0..<rows).map { _ in
                (0..<columns).map { _ in
                    (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
                }
            }
            // A row of a single empty field is an empty line, which the reader skips.
            let table = [header] + body.filter { $0 != [""] }
            let text = table.map { $0.map(Self.quoted).joined(separator: delimiter) + lineEnd }.joined()
            let result = CSVReader(file: "t.csv").read(Array(text.utf8))
            XCTAssertEqual(result.diagnostics, [], text)
            XCTAssertEqual(values(result.table), table, text)
        }
    }

    /// A cell's trimmed text and blankness, and the whole numbers and must-be-empty checks of
    /// `RowCells`, decided on its first and last byte when they can be, are what `Whitespace`
    /// gives, quoted or not, whatever white space, marks, digits or letters it holds. (No quote
    /// in the alphabet: a quote before a combining mark is one `Character`, which the `String`
    /// quoting helper does not double.)
    func testCellTrimmingAgreesWithWhitespace() throws {
        var generator = SplitMix64(seed: 2020)
        let alphabet: [String] = ["a", "7", "12", "-", ".", " ", "\t", "\u{A0}", "\u{200B}", "\u{3000}", "\u{301}", "é", "漢", ";", "\n"]
        for _ in 0..<2000 {
            let cells = (0..<3).map { _ in
                (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
            }
            let text = "a;b;c\n" + cells.map(Self.quoted).joined(separator: ";") + "\n"
            let table = try XCTUnwrap(CSVReader(file: "t.csv").read(Array(text.utf8)).table, text)
            let row = try XCTUnwrap(table.rows.first, text)
            for (column, field) in row.enumerated() {
                let trimmed = Whitespace.trimmed(table.value(of: field))
                XCTAssertEqual(table.trimmedValue(of: field), trimmed, text.debugDescription)
                XCTAssertEqual(table.isBlank(field), Whitespace.isBlank(table.value(of: field)), text.debugDescription)

                var cells = RowCells(table: table, file: "t.csv")
                let isWholeNumber = (1...9).contains(trimmed.utf8.count) && trimmed.utf8.allSatisfy(\.isASCIIDigit)
                XCTAssertEqual(cells.integer(at: column, name: "a"), isWholeNumber ? Int(trimmed) : nil, text.debugDescription)
                cells.requireEmpty(at: column, because: "test")
                XCTAssertEqual(cells.diagnostics.count, (isWholeNumber ? 0 : 1) + (trimmed == "" || trimmed == "-" ? 0 : 1), text.debugDescription)
            }
        }
    }

    /// A row's cells are read from the row's own start, whatever its place in the table, and
    /// a cell after multi-byte characters is reported at its column in characters.
    func testLaterRowsAreReadByColumnThroughRowCells() throws {
        let table = try XCTUnwrap(read("a;b\n1;2\n3;4\nÉé;6\n").table)
        XCTAssertEqual(table.rowCount, 3)
        var cells = RowCells(table: table, file: "t.csv")
        cells.move(toRow: 1)
        XCTAssertEqual(cells.value(at: 0), "3")
        cells.move(toRow: 2)
        XCTAssertEqual(cells.value(at: 1), "6")
        cells.error("wrong", at: 1)
        XCTAssertEqual(cells.diagnostics.first?.location, SourceLocation(file: "t.csv", line: 4, column: 4))
    }

    /// Moving to the next row leaves the problems of the last one behind, and a row of
    /// delimiters and white space is blank.
    func testRowCellsStartEachRowWithoutProblems() throws {
        let table = try XCTUnwrap(read("a;b\nx;2\n ; \t\n").table)
        var cells = RowCells(table: table, file: "t.csv")
        XCTAssertNil(cells.integer(at: 0, name: "a"))
        XCTAssertEqual(cells.diagnostics.map(\.description), ["t.csv:2:1: error: expected a whole number for 'a', found 'x'"])
        XCTAssertFalse(cells.isBlank)
        cells.move(toRow: 1)
        XCTAssertEqual(cells.diagnostics.count, 0)
        XCTAssertTrue(cells.isBlank)
    }

    /// Random bytes give a table, positioned errors or both (a table without its rows of the
    /// wrong length), never a crash.
    func testArbitraryBytesAreATableOrPositionedErrors() {
        var generator = SplitMix64(seed: 1252)
        let pieces: [[UInt8]] = [[0x22], [0x2C], [0x3B], [0x0D], [0x0A], [0x61], [0xE9], [0xC3, 0xA9], [0xEF, 0xBB, 0xBF], [0x20]]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...20, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator) ?? [] }
            let result = CSVReader(file: "t.csv").read(bytes)
            XCTAssertTrue(result.table != nil || !result.diagnostics.isEmpty, "\(bytes)")
            if let table = result.table {
                XCTAssertEqual(table.fields.count, table.rowCount * table.header.count, "\(bytes)")
            }
            for diagnostic in result.diagnostics {
                XCTAssertGreaterThanOrEqual(diagnostic.location?.line ?? 0, 1)
                XCTAssertGreaterThanOrEqual(diagnostic.location?.column ?? 0, 1)
            }
        }
    }

    /// RFC 4180 quoting: quote fields holding a delimiter, a quote or a line break.
    static func quoted(_ field: String) -> String {
        let special = field.unicodeScalars.contains { ",;\"\r\n".unicodeScalars.contains($0) }
        return special ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}

extension CSVTable {
    /// The data rows, each a slice of `fields` that keeps its indices there: a row's cell at
    /// column `c` is `row[row.startIndex + c]`.
    var rows: [ArraySlice<CSVField>] {
        (0..<rowCount).map { fields[($0 * header.count)..<($0 * header.count + header.count)] }
    }
}
