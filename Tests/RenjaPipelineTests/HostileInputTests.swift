import Foundation
import RenjaLoader
import XCTest

/// Hostile inputs that do not fit a fixture folder (generated sizes, output paths), and the
/// regressions found by fuzzing, run through the real `renja build`.
final class HostileInputTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: RenjaProcess.executable.path), "renja is not built beside the tests")
        scratch = try RenjaProcess.temporaryDirectory("input")
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// A copy of the minimal example, to change.
    private func project() throws -> URL {
        let project = scratch.appendingPathComponent("project")
        try FileManager.default.copyItem(at: RenjaProcess.minimalExample, to: project)
        return project
    }

    // MARK: Found by fuzzing

    /// FuzzTemplate/FuzzSpec, first input: the minimal example (no `landasan_hukum`, no
    /// `kinerja_pelayanan`) made an empty `orderedlist` and an empty `tbody`, which DocBook
    /// forbids, so the documented example failed to build.
    func testMinimalExampleWithEmptyListsAndTablesBuilds() throws {
        let out = scratch.appendingPathComponent("out")
        let run = try RenjaProcess.run(["build", RenjaProcess.minimalExample.path, "--out", out.path], in: scratch)
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        XCTAssertFalse(run.standardError.contains("error"), run.standardError)
        let docBook = try String(contentsOf: out.appendingPathComponent("renja.xml"), encoding: .utf8)
        XCTAssertFalse(docBook.contains("<orderedlist numeration=\"arabic\"/>"))
        XCTAssertFalse(docBook.contains("<tbody/>"))
    }

    // MARK: Big input

    /// A realisation CSV over the limit is refused before it is read, with the limit named,
    /// instead of taking minutes and gigabytes (a 100 MB CSV took 330 s and 2.6 GB before).
    func testRealisationCSVOverTheSizeLimitIsRefused() throws {
        let project = try project()
        let csv = project.appendingPathComponent("realisasi/triwulan-2019.csv")
        // Just over the limit: the row count rounds up.
        let row = "2019;1;P01.K01;;66.779.395\n"
        let rows = String(repeating: row, count: ProjectLoader.maximumFileSize / row.utf8.count + 1)
        try ("tahun;triwulan;kode;k;rp\n" + rows).write(to: csv, atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("out")
        let started = Date()
        let run = try RenjaProcess.run(["build", project.path, "--out", out.path], in: scratch)
        XCTAssertEqual(run.exitCode, 1)
        XCTAssertTrue(run.standardError.hasSuffix(
            "project/renja.yaml:67:13: error: cannot read 'project/realisasi/triwulan-2019.csv': it is larger than the limit of 4 MiB\n"),
            run.standardError)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    /// A header-only realisation CSV has no rows and is fine (docs/plan-spec.md): the build
    /// succeeds, the realisation columns print "-".
    func testHeaderOnlyRealisationCSVBuilds() throws {
        let project = try project()
        try "tahun;triwulan;kode;k;rp\n".write(to: project.appendingPathComponent("realisasi/triwulan-2019.csv"), atomically: true, encoding: .utf8)
        let run = try RenjaProcess.run(["build", project.path, "--out", scratch.appendingPathComponent("out").path], in: scratch)
        XCTAssertEqual(run.exitCode, 0, run.standardError)
    }

    // MARK: --out

    func testOutPointingAtAFileIsAnErrorNamingIt() throws {
        let file = scratch.appendingPathComponent("a-file")
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        let run = try RenjaProcess.run(["build", RenjaProcess.minimalExample.path, "--out", file.path], in: scratch)
        XCTAssertEqual(run.exitCode, 1)
        XCTAssertTrue(run.standardError.hasSuffix("error: output path '\(file.path)' exists and is not a folder\n"), run.standardError)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "keep me")
        XCTAssertEqual(run.standardOutput, "")
    }

    /// Tests run as root, so permissions cannot make a folder unwritable: a path below a file
    /// and a path in /proc cannot be created by anyone.
    func testOutThatCannotBeCreatedIsAnErrorNamingIt() throws {
        let file = scratch.appendingPathComponent("a-file")
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        for out in [file.appendingPathComponent("out").path, "/proc/renja-hostile-out"] {
            let run = try RenjaProcess.run(["build", RenjaProcess.minimalExample.path, "--out", out], in: scratch)
            XCTAssertEqual(run.exitCode, 1, out)
            XCTAssertTrue(run.standardError.hasSuffix("error: cannot write '\(out)'\n"), run.standardError)
            XCTAssertEqual(run.standardOutput, "")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        }
    }
}
