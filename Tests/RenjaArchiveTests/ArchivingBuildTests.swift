import Foundation
import RenjaArchive
import RenjaPipeline
import XCTest

final class ArchivingBuildTests: XCTestCase {
    func testFirstBuildCreatesVersionOneWithManifestInputsAndOutputs() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let outcome = try fixture.builder().run(projectAt: fixture.project)
        let version = try XCTUnwrap(outcome.kind.created, "\(outcome)")
        XCTAssertEqual(version.directory.path, fixture.yearDirectory.appendingPathComponent("001-rancangan-akhir").path)
        let manifest = try XCTUnwrap(Manifest.decode(Data(contentsOf: version.directory.appendingPathComponent("manifest.json"))))
        XCTAssertEqual(manifest.version, 1)
        XCTAssertEqual(manifest.label, "rancangan akhir")
        XCTAssertEqual(manifest.createdAt, Date(timeIntervalSince1970: 1_600_000_000))
        XCTAssertEqual(manifest.renjaVersion, RenjaVersion.current)
        XCTAssertEqual(Set(manifest.inputs.keys), ["renja.yaml", "realisasi/triwulan-2019.csv", "realisasi/capaian-2018.csv"])
        XCTAssertEqual(Set(manifest.outputs.keys), ["renja.html", "renja.xml"])
        XCTAssertTrue(manifest.defaultTemplates.keys.contains("outline.xml"))
        let yaml = try Data(contentsOf: fixture.project.appendingPathComponent("renja.yaml"))
        XCTAssertEqual(manifest.inputs["renja.yaml"], FileDigest.sha256(yaml))
        XCTAssertEqual(try Data(contentsOf: version.directory.appendingPathComponent("input/renja.yaml")), yaml)
        XCTAssertEqual(try VersionVerifier().problems(in: version), [])
    }

    func testUnchangedRebuildCreatesNothing() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let first = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let again = try fixture.builder(at: Date(timeIntervalSince1970: 1_700_000_000)).run(projectAt: fixture.project)
        XCTAssertEqual(again.kind.unchanged?.name, first.name)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.yearDirectory.path).sorted(), [".lock", "001-rancangan-akhir"])
    }

    func testOutputsCarryNoBuildTimeAndAnotherLabelIsANewVersion() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let first = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let second = try XCTUnwrap(try fixture.builder(at: Date(timeIntervalSince1970: 1_700_000_000)).run(projectAt: fixture.project, label: "Penetapan").kind.created)
        XCTAssertEqual(second.number, 2)
        XCTAssertEqual(second.name, "002-penetapan")
        XCTAssertEqual(first.manifest?.outputs, second.manifest?.outputs)
        XCTAssertNotEqual(first.manifest?.createdAt, second.manifest?.createdAt)
    }

    func testManifestIsDeterministicJSONWithSortedKeys() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let version = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let data = try Data(contentsOf: version.directory.appendingPathComponent("manifest.json"))
        XCTAssertEqual(try XCTUnwrap(Manifest.decode(data)).encoded(), data)
        let text = try XCTUnwrap(String(data: data, encoding: .utf8))
        let keys = ["createdAt", "defaultTemplates", "inputs", "label", "opd", "outputs", "renjaVersion", "tahun", "totals", "version"]
        let offsets = keys.map { text.range(of: "\n  \"\($0)\"")?.lowerBound }
        XCTAssertFalse(offsets.contains(nil), text)
        XCTAssertEqual(offsets.compactMap { $0 }, offsets.compactMap { $0 }.sorted())
        XCTAssertTrue(text.contains("\"createdAt\" : \"2020-09-13T12:26:40Z\""), text)
    }

    func testBuildWithErrorsArchivesNothing() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        try fixture.edit("renja.yaml", replacing: "tahun: 2020\n", with: "tahun: dua ribu\n")
        let outcome = try fixture.builder().run(projectAt: fixture.project)
        XCTAssertEqual(outcome.kind, .failed(nil))
        XCTAssertTrue(outcome.diagnostics.contains { $0.severity == .error })
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.root.path))
    }

    /// `--label perubahan` over a spec's `tahap: rancangan akhir` archived a "perubahan" without
    /// the Renja Perubahan's comparison, and `--label perubhan` a version no later Perubahan
    /// finds; labelling the built stage as established (`penetapan`) stays the documented way.
    func testALabelNamingAnotherDocumentOrMisspellingAStageArchivesNothing() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        for label in ["perubahan", "Perubahan", "perubhan", "penetpan"] {
            let outcome = try fixture.builder().run(projectAt: fixture.project, label: label)
            XCTAssertEqual(outcome.kind, .failed(nil), label)
            XCTAssertEqual(outcome.diagnostics.filter { $0.severity == .error }.map(\.message).first?.hasPrefix("--label '\(label)' "), true, label)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.root.path))
        XCTAssertNotNil(try fixture.builder().run(projectAt: fixture.project, label: "penetapan").kind.created)
        // Labels of their own, however close to a stage word.
        for label in ["revisi anggaran", "pengesahan", "perbaikan", "penetapan-2", "rancangan 2"] {
            XCTAssertNotNil(try fixture.builder().run(projectAt: fixture.project, label: label).kind.created, label)
        }
    }

    /// A comparison that cannot be made still reports the figures' own warnings: the archive
    /// once computed the figures a first time for the comparison and kept only the loader's
    /// diagnostics when it failed.
    func testFailedComparisonKeepsTheComputedFiguresWarnings() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let loaded = Pipeline.load(projectAt: fixture.project)
        let plan = try XCTUnwrap(loaded.plan)
        let computeWarnings = try fixture.pipeline().compute(plan).1.map(\.description)
        XCTAssertFalse(computeWarnings.isEmpty, "the seed states figures that disagree with the computed ones")
        let outcome = try fixture.builder().run(projectAt: fixture.project, compareWith: "99")
        XCTAssertEqual(outcome.kind, .failed(.noSuchVersion("99", archived: [])))
        // Which versions there are, for the user who mistyped one.
        XCTAssertEqual("\(ArchiveError.noSuchVersion("9", archived: ["001-penetapan", "002-perubahan"]))",
                       "no archived version '9' (archived: 001-penetapan, 002-perubahan)")
        XCTAssertEqual(outcome.diagnostics.map(\.description), loaded.diagnostics.map(\.description) + computeWarnings)
    }
}
