import Foundation
import RenjaArchive
import RenjaCompute
import RenjaModel
import RenjaXML
import XCTest

final class ComparisonTests: XCTestCase {
    func testOneChangedCSVFigureGivesVersionTwoAndADiffNamingExactlyThatChange() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let first = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        try fixture.edit("realisasi/triwulan-2019.csv", replacing: "2019;1;P01.K01;;66.779.395", with: "2019;1;P01.K01;;66.780.000")
        let second = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        XCTAssertEqual([first.number, second.number], [1, 2])

        let comparison = PlanComparer(formatter: RenjaFormatter()).compare(try VersionLoader().load(first), try VersionLoader().load(second))
        XCTAssertEqual(comparison.pagu, [])
        XCTAssertEqual(comparison.changes, [])
        XCTAssertEqual(comparison.realisasi.map(\.kode), ["P01.K01", nil])
        let row = try XCTUnwrap(comparison.realisasi.first)
        XCTAssertEqual(row.periode, "2019 triwulan 1")
        XCTAssertEqual(row.rp, AmountChange(before: Money(66_779_395), after: Money(66_780_000)))
        XCTAssertEqual(row.rp.selisih, Money(605))
        let total = try XCTUnwrap(comparison.realisasi.last)
        XCTAssertEqual(total.rp.selisih, Money(605))
        XCTAssertEqual(try XCTUnwrap(total.rp.after) - (try XCTUnwrap(total.rp.before)), Money(605))
        XCTAssertFalse(comparison.totalN.isChanged)
    }

    func testChangedPaguGivesProgrammeKegiatanAndTotalSelisih() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let first = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        try fixture.edit(
            "renja.yaml", replacing: "        sumber_dana: DAU\n        pagu: {2019: 304_088_000, 2020: 350_000_000",
            with: "        sumber_dana: DAK\n        lokasi: Desa Jatiroto\n        pagu: {2019: 304_088_000, 2020: 360_000_000"
        )
        let second = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let older = try VersionLoader().load(first)
        let comparison = PlanComparer(formatter: RenjaFormatter()).compare(older, try VersionLoader().load(second))

        XCTAssertEqual(comparison.pagu.map(\.kode), ["P01", "P01.K01"])
        for row in comparison.pagu {
            XCTAssertEqual(row.n.selisih, Money(10_000_000))
            XCTAssertFalse(row.nPlus1.isChanged)
        }
        XCTAssertEqual(comparison.pagu.last?.n, AmountChange(before: Money(350_000_000), after: Money(360_000_000)))
        let totalBefore = try XCTUnwrap(older.figures.total.n)
        XCTAssertEqual(comparison.totalN, AmountChange(before: totalBefore, after: totalBefore + Money(10_000_000)))
        XCTAssertEqual(comparison.changes, [
            TextChange(subject: "Kegiatan P01.K01", aspect: "lokasi", before: "Kec. Jatiroto", after: "Desa Jatiroto"),
            TextChange(subject: "Kegiatan P01.K01", aspect: "sumber dana", before: "DAU", after: "DAK"),
        ])
        XCTAssertEqual(comparison.realisasi, [])

        let text = ComparisonText(formatter: RenjaFormatter()).render(comparison)
        XCTAssertTrue(text.contains("P01.K01 Pelayanan Administrasi dan Operasional Perkantoran: 350.000.000 -> 360.000.000 (+10.000.000)"), text)
    }

    /// A change of half a rupiah printed as "350.000.000 -> 350.000.001 (+1)": a comparison
    /// whose amounts have sen prints them in sen, in the terminal and in the report alike.
    func testAmountsWithSenPrintInSen() throws {
        let change = AmountChange(before: Money(350_000_000), after: Money(try XCTUnwrap(Decimal(string: "350000000.50"))))
        let unchanged = AmountChange(before: Money(375_000_000), after: Money(375_000_000))
        let comparison = Comparison(
            older: "versi 1", newer: "versi 2", tahun: 2020,
            pagu: [PaguComparisonRow(jenis: .kegiatan, kode: "P01.K01", nama: "Pelayanan", n: change, nPlus1: unchanged)],
            totalN: change, totalNPlus1: unchanged, realisasi: [], changes: [])
        let text = ComparisonText(formatter: RenjaFormatter()).render(comparison)
        XCTAssertTrue(text.contains("P01.K01 Pelayanan: 350.000.000,00 -> 350.000.000,50 (+0,50) | 375.000.000,00 -> 375.000.000,00 (0,00)"), text)
        let table = ComparisonReport(formatter: RenjaFormatter()).paguTable(comparison)
        XCTAssertEqual(table.body.last?.cells.map(\.soleText), [
            "Jumlah seluruh kegiatan", "350.000.000,00", "350.000.000,50", "0,50", "375.000.000,00", "375.000.000,00", "0,00",
        ])
        // Only changed rows are shown: the total, the whole plan's, says so (a verifier adding
        // up the rows shown found it wrong).
        XCTAssertEqual(table.caption.last, "(hanya program dan kegiatan yang pagunya berubah; jumlah meliputi seluruh kegiatan)")

        // Tabel 4.3 prints pagu only: realisation in sen leaves its whole rupiah whole, as T-C.33 prints them.
        let wholePagu = AmountChange(before: Money(350_000_000), after: Money(360_000_000))
        let realised = AmountChange(before: nil, after: Money(try XCTUnwrap(Decimal(string: "1.50"))))
        let mixed = Comparison(
            older: "versi 1", newer: "versi 2", tahun: 2020, pagu: [], totalN: wholePagu, totalNPlus1: unchanged,
            realisasi: [RealisasiComparisonRow(periode: "triwulan 1", kode: "P01.K01", rp: realised)], changes: [])
        XCTAssertEqual(ComparisonReport(formatter: RenjaFormatter()).paguTable(mixed).body.last?.cells[1].soleText, "350.000.000")
    }

    func testReportIsWrittenAsValidDocBookAndHTMLIntoTheNewerVersion() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let first = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        try fixture.edit("renja.yaml", replacing: "target: {2019: 100, 2020: 87, 2021: 88, 2023: 90}", with: "target: {2019: 100, 2020: 90, 2021: 88, 2023: 90}")
        let second = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let after = try VersionLoader().load(second)
        let comparison = PlanComparer(formatter: RenjaFormatter()).compare(try VersionLoader().load(first), after)
        XCTAssertEqual(comparison.changes, [TextChange(subject: "Indikator P01.I1", aspect: "target 2020", before: "87%", after: "90%")])

        let (files, diagnostics) = ComparisonReportWriter(schema: try fixture.pipeline().schema)
            .write(comparison, opd: after.plan.opd.nama, settings: after.plan.settings, from: first, into: second)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(files.map(\.lastPathComponent), ["dari-001-rancangan-akhir.html", "dari-001-rancangan-akhir.xml"])
        let html = try String(contentsOf: files[0], encoding: .utf8)
        XCTAssertTrue(html.contains("target 2020"))
        // Validated against renja's DocBook grammar when written; it is DocBook 5.0 too.
        try assertValidDocBook50(files[1])
        // The report is no part of the archived version: verify stays clean.
        XCTAssertEqual(try VersionVerifier().problems(in: second), [])
    }

    func testARenjaPerubahanIsNotComparedWithAPenetapanChangedSinceArchiving() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let penetapan = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project, label: "penetapan").kind.created)
        try FileManager.default.removeItem(at: penetapan.directory.appendingPathComponent("input/realisasi/capaian-2018.csv"))
        try fixture.edit("renja.yaml", replacing: "tahap: rancangan akhir", with: "tahap: perubahan")
        let outcome = try fixture.builder().run(projectAt: fixture.project)
        XCTAssertEqual(outcome.kind, .failed(.versionChanged(version: "001-penetapan", problems: [FileProblem(kind: .removed, path: "input/realisasi/capaian-2018.csv")])))
        XCTAssertEqual(try Archive(root: fixture.root).allVersions().map(\.name), ["001-penetapan"], "nothing archived")
    }

    /// The latest penetapan's manifest unreadable, an earlier penetapan was taken silently.
    func testARenjaPerubahanIsNotComparedPastAVersionWhoseManifestIsUnreadable() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        XCTAssertNotNil(try fixture.builder().run(projectAt: fixture.project, label: "penetapan").kind.created)
        try fixture.edit("realisasi/triwulan-2019.csv", replacing: "2019;1;P01.K01;;66.779.395", with: "2019;1;P01.K01;;66.780.000")
        let second = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project, label: "penetapan").kind.created)
        try Data("{".utf8).write(to: second.directory.appendingPathComponent(Manifest.fileName))
        try fixture.edit("renja.yaml", replacing: "tahap: rancangan akhir", with: "tahap: perubahan")
        let outcome = try fixture.builder().run(projectAt: fixture.project)
        XCTAssertEqual(outcome.kind, .failed(.versionChanged(version: "002-penetapan", problems: [FileProblem(kind: .changed, path: "manifest.json")])))
    }

    /// A Renja Perubahan archived with no `penetapan` to compare with looked complete and said
    /// nothing (user-facing review): it now warns, and `--strict` refuses it.
    func testARenjaPerubahanWithNothingToCompareWithWarns() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        try fixture.edit("renja.yaml", replacing: "tahap: rancangan akhir", with: "tahap: perubahan")
        let warning = "warning: tahap is 'perubahan' but no 'penetapan' version is archived in '\(fixture.yearDirectory.path)', "
            + "so BAB IV has no pagu comparison; name the version it revises with --compare-with"
        let strict = try fixture.builder().run(projectAt: fixture.project, strict: true)
        XCTAssertEqual(strict.kind, .failed(nil))
        XCTAssertEqual(strict.diagnostics.last?.description, warning)
        XCTAssertEqual(try Archive(root: fixture.root).allVersions(), [], "nothing archived under --strict")
        let outcome = try fixture.builder().run(projectAt: fixture.project)
        XCTAssertEqual(outcome.kind.created?.name, "001-perubahan")
        XCTAssertEqual(outcome.diagnostics.last?.description, warning)
    }

    func testComparisonBlockIsOfferedToTheDocumentOfALaterVersion() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let penetapan = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project, label: "penetapan").kind.created)
        try fixture.edit("renja.yaml", replacing: "tahap: rancangan akhir", with: "tahap: perubahan")
        let perubahan = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        XCTAssertEqual(perubahan.manifest?.comparedWith, "001-penetapan")
        XCTAssertEqual(try fixture.builder().run(projectAt: fixture.project).kind.unchanged?.number, 2)

        // BAB IV 4.3 places the offered table; the version it was not offered to has none.
        func html(of version: ArchivedVersion) throws -> String {
            try String(contentsOf: version.directory.appendingPathComponent("renja.html"), encoding: .utf8)
        }
        XCTAssertTrue(try html(of: perubahan).contains("<table id=\"tabel-perbandingan\""), "the Renja Perubahan shows the pagu comparison")
        // Captioned by the documents, not by archive version numbers ("versi 1 (penetapan) dan
        // versi ini (perubahan)" was printed in the official document).
        XCTAssertTrue(try html(of: perubahan).contains("Perbandingan Pagu Renja Penetapan dan Renja Perubahan Tahun 2020"), "caption")
        XCTAssertFalse(try html(of: penetapan).contains("tabel-perbandingan"))
        try assertValidDocBook50(perubahan.directory.appendingPathComponent("renja.xml"))
    }

    func testChangedCSVKFigureIsATextChangeWithoutRupiah() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let first = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        try fixture.edit("realisasi/triwulan-2019.csv", replacing: "2019;1;P01.I1;21,96;", with: "2019;1;P01.I1;22,5;")
        let second = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let comparison = PlanComparer(formatter: RenjaFormatter()).compare(try VersionLoader().load(first), try VersionLoader().load(second))
        XCTAssertEqual(comparison.changes, [TextChange(subject: "Realisasi 2019 triwulan 1 P01.I1", aspect: "K", before: "21,96", after: "22,50")])
        XCTAssertEqual(comparison.realisasi, [])
        XCTAssertEqual(comparison.pagu, [])
    }

    private static let officialDocBook = Result { () throws(XMLParseFailure) in try RelaxNGSchema(path: ArchiveFixture.repository.appendingPathComponent("Tests/Schemas/docbook-5.0.rng").path) }

    /// The DocBook file at `url` against the official DocBook 5.0 schema.
    private func assertValidDocBook50(_ url: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let issues = try Self.officialDocBook.get().validate(String(contentsOf: url, encoding: .utf8), fileName: url.lastPathComponent)
        XCTAssertEqual(issues.map(\.description), [], file: file, line: line)
    }
}
