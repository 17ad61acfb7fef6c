import Foundation
import RenjaArchive
import XCTest

final class VerifyTests: XCTestCase {
    func testChangedRemovedAndAddedFilesAreNamed() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let version = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let html = version.directory.appendingPathComponent("renja.html")
        try (String(contentsOf: html, encoding: .utf8) + " ").write(to: html, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: version.directory.appendingPathComponent("input/realisasi/capaian-2018.csv"))
        try Data("x".utf8).write(to: version.directory.appendingPathComponent("input/catatan.txt"))
        try Data("x".utf8).write(to: version.directory.appendingPathComponent(".tersembunyi"))

        let archive = Archive(root: fixture.root)
        let versions = try archive.allVersions()
        XCTAssertEqual(versions.map(\.name), ["001-rancangan-akhir"])
        XCTAssertEqual(try VersionVerifier().problems(in: try XCTUnwrap(versions.first)), [
            FileProblem(kind: .added, path: ".tersembunyi"),
            FileProblem(kind: .added, path: "input/catatan.txt"),
            FileProblem(kind: .removed, path: "input/realisasi/capaian-2018.csv"),
            FileProblem(kind: .changed, path: "renja.html"),
        ])
    }

    /// A comparison reloads a version from its archived inputs; an edited copy must not pass as
    /// the record (`renja diff` printed a tampered pagu as the change between two versions).
    func testAVersionChangedSinceArchivingIsNotLoadedForAComparison() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let version = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        XCTAssertNoThrow(try VersionLoader().load(version))
        let spec = version.directory.appendingPathComponent("input/renja.yaml")
        try (String(contentsOf: spec, encoding: .utf8) + "\n").write(to: spec, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try VersionLoader().load(version)) { error in
            XCTAssertEqual(error as? ArchiveError, .versionChanged(version: "001-rancangan-akhir", problems: [FileProblem(kind: .changed, path: "input/renja.yaml")]))
            XCTAssertEqual("\(error)", "version '001-rancangan-akhir' is not as archived (changed: input/renja.yaml); run 'renja verify'")
        }
    }

    /// No hash covers the manifest itself; its label, version, OPD and year must still name
    /// its folder (an edited label was listed by `history` and passed `verify`).
    func testAManifestThatNoLongerNamesItsFolderIsChanged() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let version = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        var manifest = try XCTUnwrap(version.manifest)
        for edit in [{ (manifest: inout Manifest) in manifest.label = "penetapan" }, { $0.version = 2 }, { $0.tahun = 2021 }, { $0.opd = "Kecamatan Lain" }] {
            var edited = manifest
            edit(&edited)
            try edited.encoded().write(to: version.directory.appendingPathComponent(Manifest.fileName))
            let reread = try XCTUnwrap(try Archive(root: fixture.root).allVersions().first)
            let problems = try VersionVerifier().problems(in: reread)
            XCTAssertEqual(problems.map(\.kind), [.changed])
            XCTAssertEqual(problems.first?.path, Manifest.fileName)
            XCTAssertTrue(problems.first?.reason?.hasSuffix("not 'kecamatan-jatiroto/2020/001-rancangan-akhir'") == true, "\(problems)")
        }
        manifest.label = "penetapan"
        try manifest.encoded().write(to: version.directory.appendingPathComponent(Manifest.fileName))
        XCTAssertEqual(try VersionVerifier().problems(in: try XCTUnwrap(try Archive(root: fixture.root).allVersions().first)).map(\.description), [
            "changed: manifest.json (its version, label, OPD and year name the folder 'kecamatan-jatiroto/2020/001-penetapan', not 'kecamatan-jatiroto/2020/001-rancangan-akhir')",
        ])
    }

    /// `renja history` lists the manifest's totals, which no hash covers: they are recomputed
    /// from the archived inputs (an edited belanja langsung was listed and passed `verify`).
    func testAManifestWhoseTotalsAreNotThoseOfItsInputsIsChanged() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let version = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        var manifest = try XCTUnwrap(version.manifest)
        let archived = manifest.totals
        manifest.totals.belanjaLangsung = "9999"
        try manifest.encoded().write(to: version.directory.appendingPathComponent(Manifest.fileName))
        let reread = try XCTUnwrap(try Archive(root: fixture.root).allVersions().first)
        XCTAssertEqual(try VersionVerifier().problems(in: reread).map(\.description), [
            "changed: manifest.json (it records belanja langsung 9999, pagu n+1 \(archived.paguNPlus1 ?? "none"); "
                + "its archived inputs give \(archived))",
        ])
        XCTAssertThrowsError(try VersionLoader().load(reread), "a comparison refuses it too")
    }

    /// A version archived by an earlier renja, whose spec today's rules refuse (`tahap` was
    /// free text), verifies and is still loaded for a comparison, as it was built.
    func testAVersionArchivedUnderEarlierSpecRulesIsLoaded() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let version = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let spec = version.directory.appendingPathComponent("input/renja.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "tahap: rancangan akhir", with: "tahap: Rancangan Akhir")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        var manifest = try XCTUnwrap(version.manifest)
        manifest.inputs["renja.yaml"] = FileDigest.sha256(Data(text.utf8))
        try manifest.encoded().write(to: version.directory.appendingPathComponent(Manifest.fileName))
        let reread = try XCTUnwrap(try Archive(root: fixture.root).allVersions().first)
        XCTAssertEqual(try VersionVerifier().problems(in: reread), [])
        XCTAssertEqual(try VersionLoader().load(reread).plan.tahap, .rancanganAkhir)
    }

    func testMissingManifestIsReported() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let version = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        try FileManager.default.removeItem(at: version.directory.appendingPathComponent("manifest.json"))
        let reread = try XCTUnwrap(try Archive(root: fixture.root).allVersions().first)
        XCTAssertEqual(try VersionVerifier().problems(in: reread), [FileProblem(kind: .removed, path: "manifest.json")])
    }
}
