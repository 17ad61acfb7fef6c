@testable import RenjaLoader
import RenjaModel
import XCTest

/// A realisation row's code is looked for first where the previous row's code suggests (the
/// next registered code, or the one that followed it before); whatever the guess, a row reads
/// as if its code had been looked up by its text.
final class RealisasiReaderTests: XCTestCase {
    private let here = SourceLocation(file: "r.yaml", line: 1, column: 1)

    private func registry(_ codes: [(String, CodeRegistry.Kind)]) -> CodeRegistry {
        var registry = CodeRegistry()
        for (code, kind) in codes {
            XCTAssertNil(registry.register(code, as: CodeRegistry.Entry(kind: kind, location: here, satuan: kind == .indikator ? "%" : nil)))
        }
        return registry
    }

    private func read(
        _ csv: String, codes: CodeRegistry, convention: Settings.NumberConvention = .indonesian
    ) throws -> (entries: [RealisasiEntry], diagnostics: [String]) {
        let table = try XCTUnwrap(CSVReader(file: "t.csv").read(Array(csv.utf8)).table)
        let result = RealisasiReader(kind: .triwulan, file: "t.csv", tahun: 2020, convention: convention, codes: codes).read(table)
        return (result.entries, result.diagnostics.map(\.description))
    }

    /// The ringkas T-C.29 prints the Renstra realisation up to n-3 (column 5) from rows of that
    /// year, which the loader refused: column 5 printed "-" in every project.
    func testTheRingkasLayoutReadsRowsOfNMinus3AndNMinus2() throws {
        let codes = registry([("K01", .kegiatan)])
        func read(_ csv: String, layout: Settings.EvaluationLayout) throws -> (years: [Int], diagnostics: [String]) {
            let table = try XCTUnwrap(CSVReader(file: "t.csv").read(Array(("tahun;kode;k;rp\n" + csv).utf8)).table)
            let read = RealisasiReader(kind: .sampaiTahunLalu, file: "t.csv", tahun: 2020, layout: layout, convention: .indonesian, codes: codes)
                .read(table)
            return (read.entries.map(\.tahun), read.diagnostics.map(\.description))
        }
        XCTAssertEqual(try read("2017;K01;;10\n2018;K01;;20\n", layout: .ringkas).years, [2017, 2018])
        XCTAssertEqual(try read("2016;K01;;5\n2018;K01;;20\n2018;K01;;30\n", layout: .ringkas).diagnostics, [
            "t.csv:2:1: error: tahun 2016 is not 2017 or 2018: under the ringkas layout this file reports the Renstra period up to n-3 and year n-2 (n = 2020)",
            "t.csv:4:1: error: 'K01' is already reported for 2018 at line 3",
        ])
        XCTAssertEqual(try read("2017;K01;;10\n", layout: .triwulan).diagnostics, [
            "t.csv:2:1: error: tahun 2017 is not 2018: this file reports the Renstra period up to n-2 (n = 2020)",
        ])
    }

    /// A number written in the other convention (a spreadsheet saved in another locale) says
    /// so, naming the setting; one that is no number in either does not.
    func testANumberInTheOtherConventionNamesTheSetting() throws {
        let codes = registry([("K01", .kegiatan), ("K01.I1", .indikator)])
        let csv = "tahun;triwulan;kode;k;rp\n2019;1;K01;;1.000.000,50\n2019;1;K01.I1;99,5;\n2019;2;K01;;1.0.0\n"
        XCTAssertEqual(try read(csv, codes: codes, convention: .english).diagnostics, [
            "t.csv:2:18: error: malformed number '1.000.000,50': a second decimal separator '.'; it reads as a number under 'pengaturan: angka: id', and this project's numbers are 'en'",
            "t.csv:3:15: error: malformed number '99,5': thousands groups must have exactly 3 digits (separator ',' under convention 'en'); it reads as a number under 'pengaturan: angka: id', and this project's numbers are 'en'",
            "t.csv:4:16: error: malformed number '1.0.0': a second decimal separator '.'",
        ])
        XCTAssertEqual(try read(csv, codes: codes).diagnostics, [
            "t.csv:4:13: error: malformed number '1.0.0': thousands groups must have exactly 3 digits (separator '.' under convention 'id')",
        ])
    }

    /// Amounts copied from an invoice or a bank statement were "unexpected 'R' in a number"
    /// and the like: the message now says how to write them.
    func testAmountsWrittenAsOnAnInvoiceSayHowToFixThem() throws {
        let codes = registry([("K01", .kegiatan), ("K02", .kegiatan), ("K03", .kegiatan), ("K04", .kegiatan), ("K05", .kegiatan), ("K06", .kegiatan)])
        let csv = "tahun;triwulan;kode;k;rp\n2019;1;K01;;Rp 70.000.000\n2019;1;K02;;Rp140.000.000,00\n2019;1;K03;;(10.000.000)\n"
            + "2019;1;K04;;45.000.000,-\n2019;1;K05;;RP. 45.000,-\n2019;1;K06;;Rpx\n"
        XCTAssertEqual(try read(csv, codes: codes).diagnostics, [
            "t.csv:2:13: error: malformed number 'Rp 70.000.000': unexpected 'R' in a number; remove \"Rp\"",
            "t.csv:3:13: error: malformed number 'Rp140.000.000,00': unexpected 'R' in a number; remove \"Rp\"",
            "t.csv:4:13: error: malformed number '(10.000.000)': unexpected '(' in a number; brackets are no minus sign: a negative number is written '-10.000.000', and an amount of rupiah is never negative",
            "t.csv:5:24: error: malformed number '45.000.000,-': unexpected '-' in a number; remove \",-\"",
            "t.csv:6:13: error: malformed number 'RP. 45.000,-': unexpected 'R' in a number; remove \"RP.\" and \",-\"",
            "t.csv:7:13: error: malformed number 'Rpx': unexpected 'R' in a number",
        ])
        XCTAssertEqual(try read("tahun;triwulan;kode;k;rp\n2019;1;K01;;(1,000.50)\n", codes: codes, convention: .english).diagnostics, [
            "t.csv:2:13: error: malformed number '(1,000.50)': unexpected '(' in a number; brackets are no minus sign: a negative number is written '-1,000.50', and an amount of rupiah is never negative",
        ])
    }

    /// A row with the wrong field count hid every other problem of its file: an unknown code
    /// in another row was reported only once the count was fixed.
    func testRowsOfTheWrongLengthLeaveTheOthersChecked() throws {
        let codes = registry([("K01", .kegiatan), ("K01.I1", .indikator)])
        let csv = "tahun;triwulan;kode;k;rp\n2019;1;K01.I1;5\n2019;1;K09;;10\n2019;1;K01;;10;x\n2019;2;K01;;20\n"
        let (table, csvDiagnostics) = CSVReader(file: "t.csv").read(Array(csv.utf8))
        let rows = RealisasiReader(kind: .triwulan, file: "t.csv", tahun: 2020, convention: .indonesian, codes: codes).read(try XCTUnwrap(table))
        XCTAssertEqual((csvDiagnostics + rows.diagnostics).map(\.description), [
            "t.csv:2:1: error: row has 4 fields, the header has 5; an empty cell still needs its ';'",
            "t.csv:4:1: error: row has 6 fields, the header has 5",
            "t.csv:3:8: error: unknown code 'K09'; did you mean 'K01'?",
        ])
    }

    /// Quarters in the spec's order, another order, backwards, with an unknown code between:
    /// every guess right, wrong, or out of range gives the same entries.
    func testRowsInAnyOrderFindTheirCodes() throws {
        let codes = registry([("K01", .kegiatan), ("K01.I1", .indikator), ("K02", .kegiatan), ("K02.I1", .indikator)])
        let csv = "tahun;triwulan;kode;k;rp\n"
            + "2019;1;K01;;10\n2019;1;K01.I1;5;\n2019;1;K02;;20\n2019;1;K02.I1;6;\n"
            + "2019;2;K02.I1;7;\n2019;2;K01.I1;8;\n2019;2;K02;;30\n2019;2;K01;;40\n"
            + "2019;3;K02.I1;9;\n2019;3;K01.I1;10;\n2019;3;K02;;50\n2019;3;K01;;60\n"
            + "2019;4;K02.I1;11;\n2019;4;K02;;70\n"
        let (entries, diagnostics) = try read(csv, codes: codes)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(entries.map { "\($0.triwulan ?? 0) \($0.kode)" }, [
            "1 K01", "1 K01.I1", "1 K02", "1 K02.I1", "2 K02.I1", "2 K01.I1", "2 K02", "2 K01",
            "3 K02.I1", "3 K01.I1", "3 K02", "3 K01", "4 K02.I1", "4 K02",
        ])
        let unknown = try read("tahun;triwulan;kode;k;rp\n2019;1;K01;;10\n2019;1;K09;;10\n2019;1;K01.I1;101;\n", codes: codes)
        XCTAssertEqual(unknown.diagnostics, [
            "t.csv:3:8: error: unknown code 'K09'; did you mean 'K01'?",
            "t.csv:4:15: error: percentage 101 for 'K01.I1' is out of 0...100",
        ])
    }

    /// A code written with spaces around it, or in quotes, is the registered code; one spelled
    /// in another Unicode normalisation is too (found by its text, not its bytes), and keeps
    /// the CSV's spelling, as before codes were guessed.
    func testTrimmedQuotedAndEquivalentCodesAreFound() throws {
        let composed = "K\u{E9}01", decomposed = "Ke\u{301}01"
        let codes = registry([(composed, .kegiatan), ("K02", .kegiatan)])
        let csv = "tahun;triwulan;kode;k;rp\n2019;1;\(decomposed);;10\n2019;1; K02 ;;20\n2019;2;\"\(composed)\";;30\n2019;2;K02;;40\n"
        let (entries, diagnostics) = try read(csv, codes: codes)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(entries.map { Array($0.kode.utf8) }, [Array(decomposed.utf8), Array("K02".utf8), Array(composed.utf8), Array("K02".utf8)])
        XCTAssertEqual(entries.map(\.rp), [Money(10), Money(20), Money(30), Money(40)])
    }
}
