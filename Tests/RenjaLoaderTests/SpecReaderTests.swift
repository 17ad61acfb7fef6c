import Foundation
@testable import RenjaLoader
import RenjaModel
import RenjaSynthetic
import XCTest

/// Behaviour of the spec mapping that the fixture folders do not show one by one.
final class SpecReaderTests: XCTestCase {
    /// The minimal example's pagu line, and its programme indicator's targets, to replace.
    private let pagu = "pagu: {2019: 304_088_000, 2020: 350_000_000, 2021: 375_000_000}"
    private let target = "target: {2019: 100, 2020: 87, 2021: 88, 2023: 90}"

    /// The minimal example's spec with `replacements` applied, read without its CSVs.
    private func read(_ replacements: [(String, String)], rules: SpecRules = .current) throws -> (plan: Plan?, diagnostics: [String]) {
        var text = try String(contentsOf: FixtureTests.minimalExample.appendingPathComponent("renja.yaml"), encoding: .utf8)
        for (old, new) in replacements {
            XCTAssertTrue(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        let composed = YAMLSource(file: "r.yaml", text: text).compose()
        guard let tree = composed.tree else { return (nil, composed.diagnostics.map(\.description)) }
        let reader = SpecReader(file: "r.yaml", tree: tree, text: text, rules: rules)
        return (reader.readPlan().plan, reader.diagnostics.map(\.description))
    }

    func testDefaultsForOptionalParts() throws {
        let plan = try XCTUnwrap(read([("  lokasi: Kec. Contoh\n", ""), ("tahap: rancangan\n", "")]).plan)
        XCTAssertEqual(plan.opd.lokasi, "Kecamatan Contoh", "opd.lokasi defaults to the unit's name")
        XCTAssertNil(plan.tahap)
        XCTAssertEqual(plan.settings, Settings())
        XCTAssertEqual(plan.strategi, Strategi(pernyataan: "", butir: []))
    }

    /// A Renja plans a year of its Renstra; a mistyped tahun planned nothing, unwarned.
    func testTahunOutsideTheRenstraPeriodIsAnError() throws {
        XCTAssertEqual(try read([("tahun: 2020\n", "tahun: 2025\n")]).diagnostics, [
            "r.yaml:4:8: error: tahun 2025 lies outside the Renstra period 2018-2023 (periode.renstra); a Renja plans a year of its Renstra",
        ])
        XCTAssertEqual(try read([("tahun: 2020\n", "tahun: 2025\n")], rules: .archived).diagnostics, [], "as archived copies were accepted")
    }

    func testSettingsAreReadAndWrongValuesHinted() throws {
        let plan = try XCTUnwrap(read([("tahap: rancangan\n", "tahap: rancangan\npengaturan: {angka: en, gaya_uang: kantor}\n")]).plan)
        XCTAssertEqual(plan.settings.angka, .english)
        XCTAssertEqual(plan.settings.gayaUang, .kantor)
        let wrong = try read([("tahap: rancangan\n", "tahap: rancangan\npengaturan: {angka: ind}\n")])
        XCTAssertEqual(wrong.diagnostics, ["r.yaml:6:21: error: 'ind' is not one of 'id', 'en' for 'pengaturan.angka'; did you mean 'id'?"])
    }

    func testTahapIsOneOfTheDocumentedStages() throws {
        for tahap in Tahap.allCases {
            let result = try read([("tahap: rancangan\n", "tahap: \(tahap.rawValue)\n")])
            XCTAssertEqual(result.diagnostics, [], tahap.rawValue)
            XCTAssertEqual(result.plan?.tahap, tahap)
        }
        // The words are lower case, as documented: the archive finds a Renja Perubahan by its word.
        let capitalised = try read([("tahap: rancangan\n", "tahap: Perubahan\n")])
        XCTAssertEqual(capitalised.diagnostics, [
            "r.yaml:5:8: error: 'Perubahan' is not one of 'rancangan awal', 'rancangan', 'rancangan akhir', 'penetapan', 'perubahan' for 'tahap'; did you mean 'perubahan'?",
        ])
    }

    /// The places are those written: `375.000` is the value 375, but a thousands dot.
    func testMoneyHasAtMostTwoDecimalPlacesAsWritten() throws {
        let sen = try XCTUnwrap(read([(pagu, "pagu: {2020: 350_000_000.50, 2021: 375.0}")]).plan)
        XCTAssertEqual(sen.program.first?.kegiatan.first?.pagu, [2020: Money(Decimal(string: "350000000.5")!), 2021: Money(375)])
        let thousandsDot = try read([(pagu, "pagu: {2020: 1.500.000, 2021: 375.000}"), ("pagu_renstra: 1_814_088_000", "pagu_renstra: 1.814")])
        XCTAssertEqual(thousandsDot.diagnostics, [
            "r.yaml:58:22: error: 1.500.000 for 'program[0].kegiatan[0].pagu.2020' separates thousands with '.', which the spec does not: write 1500000 or 1_500_000 (rupiah take at most two decimal places, sen)",
            "r.yaml:58:39: error: 375.000 for 'program[0].kegiatan[0].pagu.2021' separates thousands with '.', which the spec does not: write 375000 or 375_000 (rupiah take at most two decimal places, sen)",
            "r.yaml:59:23: error: 1.814 for 'program[0].kegiatan[0].pagu_renstra' separates thousands with '.', which the spec does not: write 1814 or 1_814 (rupiah take at most two decimal places, sen)",
        ])
        XCTAssertEqual(try read([(pagu, "pagu: {2020: 0.000}")]).diagnostics, [
            "r.yaml:58:22: error: 0.000 for 'program[0].kegiatan[0].pagu.2020' has more than two decimal places; rupiah take at most two (sen)",
        ])
        let threePlaces = try read([(pagu, "pagu: {2020: 350_000_000.505}")])
        XCTAssertEqual(threePlaces.diagnostics, [
            "r.yaml:58:22: error: 350_000_000.505 for 'program[0].kegiatan[0].pagu.2020' has more than two decimal places; rupiah take at most two (sen)",
        ])
    }

    /// An archived copy of a spec stays readable by later renja: it was accepted by the renja
    /// that archived it (a capitalised or unknown stage, money written with a thousands dot),
    /// and a comparison with it must read it as it was built.
    func testArchivedRulesReadWhatEarlierRenjaAccepted() throws {
        let old = [("tahap: rancangan\n", "tahap: Penetapan\n"), (pagu, "pagu: {2020: 350_000_000, 2021: 375.000}")]
        XCTAssertEqual(try read(old).diagnostics.count, 2, "today's rules refuse both")
        let archived = try read(old, rules: .archived)
        XCTAssertEqual(archived.diagnostics, [])
        XCTAssertEqual(archived.plan?.tahap, .penetapan)
        XCTAssertEqual(archived.plan?.program.first?.kegiatan.first?.pagu[2021], Money(375))
        let unknown = try read([("tahap: rancangan\n", "tahap: draf pertama\n")], rules: .archived)
        XCTAssertEqual(unknown.diagnostics, [])
        XCTAssertNotNil(unknown.plan)
        XCTAssertNil(unknown.plan?.tahap)
    }

    func testFormulaIsTextOrFractionNeverBoth() throws {
        let measured = """
                    satuan: nilai
                    jenis_data: Kuantitatif
                    formula: {pembilang: Desa tepat waktu, penyebut: Seluruh desa, pengali: 100, satuan: "%"}
                    teknik_pengumpulan_data: Penghitungan
                    teknik_monev: Evaluasi berkala

        """
        let plan = try XCTUnwrap(read([("            satuan: nilai\n", measured)]).plan)
        let pengukuran = try XCTUnwrap(plan.tujuan.first?.sasaran.first?.indikator.first?.pengukuran)
        XCTAssertEqual(pengukuran.formula, .pecahan(pembilang: "Desa tepat waktu", penyebut: "Seluruh desa", pengali: 100, satuan: "%"))
        let both = try read([("            satuan: nilai\n", measured.replacingOccurrences(of: "{pembilang", with: "{teks: X, pembilang"))])
        XCTAssertEqual(both.diagnostics.count, 1)
        XCTAssertTrue(both.diagnostics[0].contains("either a text ('teks') or a fraction"), both.diagnostics[0])
        let partial = try read([("            satuan: nilai\n", "            satuan: nilai\n            jenis_data: Kuantitatif\n")])
        XCTAssertEqual(partial.diagnostics.count, 3, "how an indicator is measured is given whole or not at all")
    }

    func testQuotedNumbersAndPercentStringsAreRefused() throws {
        let result = try read([("target: {2020: 87}", "target: {2020: \"87%\"}")])
        XCTAssertEqual(result.diagnostics, ["r.yaml:43:28: error: expected a number for 'tujuan[0].sasaran[0].indikator[0].target.2020', found '87%'"])
    }

    /// `{2021: 88,5}` is 88 and a key 5 to YAML: the key was reported as a year outside the
    /// plan's periods. Written with a space after the comma, the key is a year again.
    func testADecimalCommaInAFlowMappingIsNamed() throws {
        let counts = "target: {2019: 23, 2020: 23, 2021: 23, 2023: 23}"
        XCTAssertEqual(try read([(target, "target: {2019: 100, 2020: 87,5}"), (counts, "target: {2020: -3,25}")]).diagnostics, [
            "r.yaml:53:38: error: 87,5 in 'program[0].indikator[0].target' looks like a number with a decimal comma, which YAML reads as 87 and a second key 5; write 87.5",
            "r.yaml:64:31: error: -3,25 in 'program[0].kegiatan[0].indikator[0].target' looks like a number with a decimal comma, which YAML reads as -3 and a second key 25; write -3.25",
        ])
        // A spec saved on Windows: "\r\n" is one Character, and its lines were not found.
        XCTAssertEqual(try read([(target, "target: {2019: 100, 2020: 87,5}"), ("\n", "\r\n")]).diagnostics, [
            "r.yaml:53:38: error: 87,5 in 'program[0].indikator[0].target' looks like a number with a decimal comma, which YAML reads as 87 and a second key 5; write 87.5",
        ])
        XCTAssertEqual(try read([(pagu, "pagu: {2020: 350_000_000,50}")]).diagnostics, [
            "r.yaml:58:34: error: year 50 is outside the plan's periods (Renstra 2018-2023, RPJMD 2018-2023, document years 2018-2021) in 'program[0].kegiatan[0].pagu'",
        ], "350_000_000 is no run of digits a decimal comma could follow")
        XCTAssertEqual(try read([(target, "target: {2019: 100, 2020: 87, 5}")]).diagnostics, [
            "r.yaml:53:39: error: year 5 is outside the plan's periods (Renstra 2018-2023, RPJMD 2018-2023, document years 2018-2021) in 'program[0].indikator[0].target'",
        ], "a space after the comma starts a key")
    }

    /// A quoted number is text to YAML, and rupiah with their currency no number: the
    /// messages say what to change.
    func testQuotedNumbersAndRupiahSayHowToFixThem() throws {
        XCTAssertEqual(try read([(target, "target: {2020: \"88\", '2021': 88.5}"), (pagu, "pagu: {2020: Rp 225.000.000, 2021: (5)}")]).diagnostics, [
            "r.yaml:53:24: error: expected a number for 'program[0].indikator[0].target.2020', found '88'; remove the quotes",
            "r.yaml:53:30: error: expected a whole number for 'program[0].indikator[0].target', found '2021'; remove the quotes",
            "r.yaml:58:22: error: expected a number for 'program[0].kegiatan[0].pagu.2020', found 'Rp 225.000.000'; remove \"Rp\"",
            "r.yaml:58:44: error: expected a number for 'program[0].kegiatan[0].pagu.2021', found '(5)'; brackets are no minus sign: a negative number is written '-5', and an amount of rupiah is never negative",
        ])
    }

    func testUsulanTargetsOfPercentIndicatorsAreRangeChecked() throws {
        let usulan = "usulan:\n  - kegiatan: P01.K01\n    indikator:\n      - indikator: P01.K01.I1\n        target: 28\n\nrealisasi:\n"
        let plan = try XCTUnwrap(read([("realisasi:\n", usulan)]).plan)
        XCTAssertEqual(plan.usulan.first?.indikator.first?.target, 28)
        let percent = try read([("realisasi:\n", usulan), ("satuan: Jenis", "satuan: \"%\""),
                                ("target: 28", "target: 128")])
        XCTAssertTrue(percent.diagnostics.contains { $0.contains("percentage 128") }, "\(percent.diagnostics)")
    }

    func testRawControlCharacterIsAPositionedSyntaxError() throws {
        let result = try read([("visi: TERWUJUDNYA", "visi: TERWUJUD\u{7}NYA")])
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertTrue(result.diagnostics[0].hasPrefix("r.yaml:25:15: error:"), result.diagnostics[0])
    }

    func testCodesWithSpacesAreRefused() throws {
        let result = try read([("kode: P01.K01\n", "kode: P01 K01\n")])
        XCTAssertEqual(result.diagnostics, ["r.yaml:55:15: error: a code may not be empty or contain spaces, found 'P01 K01'"])
    }
}

extension SpecReaderTests {
    /// Regression: the fields read last used to be read only when the plan could be built,
    /// so their problems went unreported next to a missing required field.
    func testEveryFieldIsCheckedEvenWhenThePlanCannotBeBuilt() throws {
        let result = try read([("visi: TERWUJUDNYA MASYARAKAT YANG MAKMUR\n", "kebijakan: \"a\\x01\"\n")])
        XCTAssertEqual(result.diagnostics, [
            "r.yaml:3:1: error: missing required field 'visi'",
            "r.yaml:25:12: error: control character U+0001 in 'kebijakan'",
        ])
    }
}

extension SpecReaderTests {
    /// Deleting, doubling or tab-indenting any one line of a valid spec never crashes the
    /// reader, and every problem it reports points at a line of the file.
    func testEveryOneLineDamageIsReportedInsideTheFile() throws {
        let text = try String(contentsOf: FixtureTests.minimalExample.appendingPathComponent("renja.yaml"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        for index in lines.indices {
            let tabbed = lines[index].replacingOccurrences(of: "^ +", with: "\t", options: .regularExpression)
            let doubled = lines[...index] + lines[index...]
            for damaged in [lines[..<index] + lines[(index + 1)...], doubled, lines[..<index] + [tabbed] + lines[(index + 1)...]] {
                let damagedText = damaged.joined(separator: "\n")
                let composed = YAMLSource(file: "r.yaml", text: damagedText).compose()
                var diagnostics = composed.diagnostics
                if let tree = composed.tree {
                    let reader = SpecReader(file: "r.yaml", tree: tree, text: damagedText)
                    _ = reader.readPlan()
                    diagnostics += reader.diagnostics
                }
                for diagnostic in diagnostics {
                    XCTAssertTrue((1...damaged.count).contains(diagnostic.location?.line ?? 0), "\(diagnostic) after damaging line \(index + 1)")
                    if damaged == doubled, diagnostic.message.hasPrefix("duplicate key") {
                        XCTAssertEqual(diagnostic.location?.line, index + 2, "a doubled key is reported at the copy")
                    }
                }
            }
        }
    }

    /// The byte-wise check of ASCII codes agrees with `Character.isWhitespace`.
    func testCodeWhitespaceAgreesWithCharacters() {
        var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["P01.K01", "a\r\nb", "\u{85}", "\u{A0}x", "é e", "\u{600} ", "x\u{2028}"]
        var generator = SplitMix64(seed: 6)
        let alphabet = ["a", "1", ".", " ", "\t", "\r", "\n", "\u{0B}", "\u{1C}", "é", "\u{301}", "\u{3000}"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined())
        }
        for text in texts {
            XCTAssertEqual(SpecReader.containsWhitespace(text), text.contains(where: \.isWhitespace), text.debugDescription)
        }
    }

    /// The word-at-a-time scan finds what a byte-by-byte scan finds: every byte value at every
    /// position of texts around the word size, among bytes that pass and bytes that almost
    /// trip the word test (0x20, 0x7F, 0x80, 0xA0, 0xFF, tab, line feed).
    func testControlCharacterScanAgreesWithByteByByte() {
        let isControl = { (byte: UInt8) in byte < 0x20 && byte != 0x09 && byte != 0x0A }
        for length in [1, 7, 8, 9, 15, 16, 17, 24] {
            for filler: UInt8 in [0x20, 0x41, 0x7F, 0x80, 0xA0, 0xFF, 0x09, 0x0A] {
                for position in 0..<length {
                    for value in UInt8.min...UInt8.max {
                        var bytes = [UInt8](repeating: filler, count: length)
                        bytes[position] = value
                        let found = bytes.withUnsafeBufferPointer(SpecReader.firstControlCharacter(inUTF8:))
                        XCTAssertEqual(found, bytes.first(where: isControl), "\(bytes)")
                    }
                }
            }
        }
        XCTAssertNil(SpecReader.firstControlCharacter(in: ""))
        XCTAssertEqual(SpecReader.firstControlCharacter(in: "Jalan\tdesa\nkecamatan \u{1B} dan \u{01}"), 0x1B)
    }
}
