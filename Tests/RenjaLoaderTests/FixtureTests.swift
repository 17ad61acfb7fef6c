import Foundation
import RenjaLoader
import RenjaModel
import XCTest

/// Loads every folder under `Tests/Fixtures/loader/` and compares its diagnostics with the
/// folder's `expected.txt`. `RENJA_UPDATE_GOLDENS=1 swift test --filter RenjaLoaderTests`
/// rewrites the expected files for review in `git diff`.
final class FixtureTests: XCTestCase {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixturesDirectory = testsDirectory.appendingPathComponent("Fixtures/loader")
    static let minimalExample = testsDirectory.deletingLastPathComponent().appendingPathComponent("docs/examples/minimal")

    func testEveryFixtureReportsItsExpectedDiagnostics() throws {
        let update = ProcessInfo.processInfo.environment["RENJA_UPDATE_GOLDENS"] == "1"
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.fixturesDirectory.path).sorted()
        XCTAssertGreaterThan(cases.count, 15)
        for name in cases {
            let folder = Self.fixturesDirectory.appendingPathComponent(name)
            let result = ProjectLoader().load(projectAt: folder)
            let actual = Self.normalized(result.diagnostics, folder: folder)
            let expectedURL = folder.appendingPathComponent("expected.txt")
            if update {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(actual, expected, "fixture \(name)")
            XCTAssertFalse(expected.isEmpty, "fixture \(name) should fail to load")
            XCTAssertNil(result.plan, "fixture \(name) has errors, so no plan")
        }
    }

    /// The diagnostics as printed, one a line, with paths relative to the fixture folder.
    static func normalized(_ diagnostics: [Diagnostic], folder: URL) -> String {
        let absolute = folder.standardizedFileURL.path + "/"
        let current = FileManager.default.currentDirectoryPath + "/"
        let relative = absolute.hasPrefix(current) ? String(absolute.dropFirst(current.count)) : absolute
        return diagnostics.map { diagnostic in
            "\(diagnostic)\n".replacingOccurrences(of: absolute, with: "").replacingOccurrences(of: relative, with: "")
        }.joined()
    }

    func testMinimalExampleLoadsWithoutDiagnostics() throws {
        let result = ProjectLoader().load(projectAt: Self.minimalExample)
        XCTAssertEqual(result.diagnostics, [])
        let plan = try XCTUnwrap(result.plan)
        XCTAssertEqual(plan.tahun, 2020)
        XCTAssertEqual(plan.opd.lokasi, "Kec. Contoh")
        XCTAssertEqual(plan.pengesahan.tahun, 2019)
        XCTAssertEqual(plan.pengesahan.bulan, 7)
        XCTAssertEqual(plan.tujuan.first?.sasaran.first?.indikator.first?.kode, "S1.I1")
        let kegiatan = try XCTUnwrap(plan.program.first?.kegiatan.first)
        XCTAssertEqual(kegiatan.pagu[2020], Money(350_000_000))
        XCTAssertEqual(kegiatan.paguRenstra, Money(1_814_088_000))
        XCTAssertEqual(plan.realisasi.triwulan.count, 4)
        let capaian = plan.realisasi.sampaiTahunLalu
        XCTAssertEqual(capaian.map(\.kode), ["P01.I1", "P01.K01"])
        XCTAssertEqual(capaian[0].k, Decimal(string: "99.34"))
        XCTAssertEqual(capaian[1].rp, Money(Decimal(string: "342181137.68")!))
        XCTAssertEqual(capaian[1].location.line, 3)
        XCTAssertEqual(result.inputFiles.map(\.lastPathComponent), ["renja.yaml", "triwulan-2019.csv", "capaian-2018.csv"])
    }

    /// The same figures as the minimal example, written by an English-locale spreadsheet:
    /// `,` delimiters, `en` numbers, CRLF line ends, a BOM, quoted fields, columns reordered.
    func testEnglishCommaSeparatedCRLFVariantLoadsTheSameFigures() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("renja-en-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.minimalExample, to: project)
        defer { try? FileManager.default.removeItem(at: project) }
        let specURL = project.appendingPathComponent("renja.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
            .replacingOccurrences(of: "tahap: rancangan\n", with: "tahap: rancangan\npengaturan:\n  angka: en\n")
        try spec.write(to: specURL, atomically: true, encoding: .utf8)
        let capaian = "\u{FEFF}KODE,Tahun,rp,k\r\n\"P01.I1\",2018,,99.34 %\r\nP01.K01,2018,\"342,181,137.68\",-\r\n"
        try capaian.write(to: project.appendingPathComponent("realisasi/capaian-2018.csv"), atomically: true, encoding: .utf8)
        let triwulan = "tahun,triwulan,kode,k,rp\r\n2019,1,P01.I1,21.96,\r\n2019,1,P01.K01.I1,5,\r\n2019,1,P01.K01,,\"66,779,395\"\r\n"
            + "2019,2,P01.K01,,\"126,461,076\"\r\n"
        try triwulan.write(to: project.appendingPathComponent("realisasi/triwulan-2019.csv"), atomically: true, encoding: .utf8)

        let english = ProjectLoader().load(projectAt: project)
        let indonesian = ProjectLoader().load(projectAt: Self.minimalExample)
        XCTAssertEqual(english.diagnostics, [])
        let englishRealisasi = try XCTUnwrap(english.plan?.realisasi)
        let indonesianRealisasi = try XCTUnwrap(indonesian.plan?.realisasi)
        func figures(_ entries: [RealisasiEntry]) -> [String] { entries.map { "\($0.tahun) \($0.triwulan ?? 0) \($0.kode) \(String(describing: $0.k)) \(String(describing: $0.rp))" } }
        XCTAssertEqual(figures(englishRealisasi.triwulan), figures(indonesianRealisasi.triwulan))
        XCTAssertEqual(figures(englishRealisasi.sampaiTahunLalu), figures(indonesianRealisasi.sampaiTahunLalu))
    }

    /// A header of 100,001 empty columns over 100,000 blank lines (200 KB): the reader once
    /// reserved a row of fields per line (10^10 fields) and trapped. Main's diagnostics: every
    /// column unknown but the last (after the line's last delimiter, no column), every
    /// expected one missing.
    func testLongHeaderOverManyBlankLinesGivesItsColumnErrors() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("renja-wide-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.minimalExample, to: project)
        defer { try? FileManager.default.removeItem(at: project) }
        let capaian = String(repeating: ",", count: 100_000) + String(repeating: "\n", count: 100_000)
        try capaian.write(to: project.appendingPathComponent("realisasi/capaian-2018.csv"), atomically: true, encoding: .utf8)

        let messages = ProjectLoader().load(projectAt: project).diagnostics.map(\.message)
        XCTAssertEqual(messages.count, 100_004)
        XCTAssertEqual(messages.filter { $0 == "unknown column ''; did you mean 'k'?" }.count, 100_000)
        XCTAssertEqual(Set(messages), ["unknown column ''; did you mean 'k'?", "missing column 'kode'", "missing column 'tahun'",
                                       "missing column 'k'", "missing column 'rp'"])
    }
}
