import Foundation
@testable import RenjaLoader
import RenjaModel
import RenjaSynthetic
import XCTest

/// `RealisasiReader` compares a row's code byte for byte with the code it guesses before
/// looking it up by its text. Whatever it guesses, a row must read as if its code had been
/// looked up by its text (`CSVTable.trimmedValue(of:)` and `CodeRegistry.summary(of:)`, the
/// reader's slow path). Random registries and CSVs, from a fixed seed, over codes that are
/// prefixes of others, composed and decomposed spellings, duplicate rows, cells padded with
/// spaces or NBSP or quoted, and codes one byte shorter or longer than a registered one.
final class GuessDifferentialTests: XCTestCase {
    private let here = SourceLocation(file: "r.yaml", line: 1, column: 1)
    /// Codes are made of these: "K0" is a prefix of "K01"; "\u{E9}" and "e\u{301}", "\u{212B}"
    /// and "A\u{30A}" are canonically equivalent, so equal as texts but not as bytes.
    private let pieces = ["K", "0", "1", ".", "I", "\u{E9}", "e\u{301}", "\u{212B}", "A\u{30A}"]
    private let kodeColumn = 2

    func testEveryGuessReadsACodeAsItsTextDoes() throws {
        var generator = SplitMix64(seed: 9)
        var cellsCompared = 0
        for _ in 0..<1500 {
            let (registry, codes) = randomRegistry(using: &generator)
            let csv = randomCSV(codes: codes, using: &generator)
            let table = try XCTUnwrap(CSVReader(file: "t.csv").read(Array(csv.utf8)).table, csv)
            let reader = RealisasiReader(kind: .triwulan, file: "t.csv", tahun: 2020, convention: .indonesian, codes: registry)
            var cells = RowCells(table: table, file: "t.csv")
            var slowPathByLine: [Int: (kode: String, registered: CodeRegistry.Summary?)] = [:]
            for row in 0..<table.rowCount {
                cells.move(toRow: row)
                let kode = table.trimmedValue(of: table.fields[row * table.header.count + kodeColumn])
                let slowPath = (kode: kode, registered: registry.summary(of: kode))
                slowPathByLine[cells.line(at: kodeColumn)] = slowPath
                // Every guess, out of range ones included: the reader's own guesses are some of them.
                for guess in -1...registry.count {
                    let guessed = reader.code(at: kodeColumn, of: cells, guessing: guess)
                    XCTAssertEqual(Array(guessed.kode.utf8), Array(slowPath.kode.utf8), "guess \(guess) in\n\(csv)")
                    XCTAssertEqual(describe(guessed.registered), describe(slowPath.registered), "guess \(guess) in\n\(csv)")
                    cellsCompared += 1
                }
            }
            // The whole reader, with the guesses it makes itself: each entry keeps its cell's
            // trimmed text and is a code the slow path finds, and the rows the slow path finds
            // no code for are the ones reported for it.
            let (entries, diagnostics) = reader.read(table)
            for entry in entries {
                let slowPath = try XCTUnwrap(slowPathByLine[entry.location.line], csv)
                XCTAssertEqual(Array(entry.kode.utf8), Array(slowPath.kode.utf8), csv)
                XCTAssertTrue([.indikator, .kegiatan].contains(slowPath.registered?.kind), csv)
            }
            let unknownLines = diagnostics.filter { $0.message.hasPrefix("unknown code") || $0.message == "missing kode" }
                .compactMap(\.location?.line)
            XCTAssertEqual(unknownLines, slowPathByLine.filter { $0.value.registered == nil }.keys.sorted(), csv)
        }
        XCTAssertGreaterThan(cellsCompared, 50_000)
    }

    private func describe(_ summary: CodeRegistry.Summary?) -> String {
        summary.map { "\($0.kind) \($0.isPercentIndicator) \($0.ordinal)" } ?? "nil"
    }

    /// Up to eight codes of random kinds (a code equal to an earlier one is refused, as in a spec).
    private func randomRegistry(using generator: inout SplitMix64) -> (CodeRegistry, [String]) {
        var registry = CodeRegistry()
        var codes: [String] = []
        let kinds: [CodeRegistry.Kind] = [.indikator, .kegiatan, .program, .tujuan, .indikator, .kegiatan]
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            let code = randomCode(length: 1...4, using: &generator)
            let kind = kinds[Int.random(in: 0..<kinds.count, using: &generator)]
            let satuan = kind == .indikator && Bool.random(using: &generator) ? "%" : "unit"
            if registry.register(code, as: CodeRegistry.Entry(kind: kind, location: here, satuan: satuan)) == nil { codes.append(code) }
        }
        return (registry, codes)
    }

    private func randomCode(length: ClosedRange<Int>, using generator: inout SplitMix64) -> String {
        (0..<Int.random(in: length, using: &generator)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
    }

    /// Up to twelve rows, mostly of registered codes (repeated, so some rows are duplicates),
    /// their cells spelled in one of the ways a CSV may spell them.
    private func randomCSV(codes: [String], using generator: inout SplitMix64) -> String {
        var text = "tahun;triwulan;kode;k;rp\n"
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            var code = !codes.isEmpty && Int.random(in: 0..<4, using: &generator) > 0
                ? codes[Int.random(in: 0..<codes.count, using: &generator)]
                : randomCode(length: 0...4, using: &generator)
            switch Int.random(in: 0..<12, using: &generator) {
            case 0: code = " " + code + "  "
            case 1: code = "\"" + code + "\""
            case 2: code = "\u{A0}" + code
            case 3: code = "\" " + code + "\u{A0}\""
            case 4: code = code.decomposedStringWithCanonicalMapping
            case 5: code = code.precomposedStringWithCanonicalMapping
            // One byte shorter (a whole character when that would cut one in two) or longer.
            case 6: code = String(validating: code.utf8.dropLast(), as: UTF8.self) ?? String(code.dropLast())
            case 7: code += "1"
            default: break
            }
            let year = Int.random(in: 0..<10, using: &generator) == 0 ? "2018" : "2019"
            let quarter = ["1", "2", "3", "4", "5", "1"][Int.random(in: 0..<6, using: &generator)]
            let k = ["", "5", "101", "1.000", "x", "-"][Int.random(in: 0..<6, using: &generator)]
            let rp = ["", "10", "-3", "1.000,5", ""][Int.random(in: 0..<5, using: &generator)]
            text += "\(year);\(quarter);\(code);\(k);\(rp)\n"
        }
        return text
    }
}
