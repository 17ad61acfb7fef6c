import Foundation
import XCTest

/// The `renja` executable as a user runs it: exit codes, where diagnostics go, what is written.
final class CommandLineTests: XCTestCase {
    private func renja(_ arguments: String...) throws -> RenjaProcess.Run {
        try RenjaProcess.run(arguments, in: Repository.root)
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("renja-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A copy of `source` named `name` in `folder`, its spec's `tahap` line replaced by `tahap`.
    private func copy(of source: URL, named name: String, in folder: URL, tahap: (old: String, new: String)) throws -> URL {
        let project = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: project)
        let spec = project.appendingPathComponent("renja.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        XCTAssertTrue(text.contains("\ntahap: \(tahap.old)\n"))
        try text.replacingOccurrences(of: "\ntahap: \(tahap.old)\n", with: "\ntahap: \(tahap.new)\n").write(to: spec, atomically: true, encoding: .utf8)
        return project
    }

    func testCheckPassesWithWarningsAndFailsUnderStrict() throws {
        let run = try renja("check", "input/jatiroto-2020")
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        XCTAssertEqual(run.standardOutput, "6 programmes, 31 kegiatan, 46 indikator, 89 CSV rows read\n")
        XCTAssertTrue(run.standardError.contains(
            "input/jatiroto-2020/renja.yaml:660:21: warning: Belanja Langsung 2020 is stated as Rp8.350.000.000,00 but computes to Rp4.175.000.000,00"),
            run.standardError)
        let strict = try renja("check", "--strict", "input/jatiroto-2020")
        XCTAssertEqual(strict.exitCode, 1)
        XCTAssertEqual(strict.standardOutput, "", "no summary of a project that fails")
    }

    /// `check --strict` passed a Renja Perubahan with no penetapan to compare with, which
    /// `build --strict` refuses: the check looks in the archive as the build does.
    func testCheckLooksForTheRenjaPerubahansPenetapanAsTheBuildDoes() throws {
        let folder = try temporaryDirectory()
        let project = try copy(of: RenjaProcess.minimalExample, named: "perubahan", in: folder, tahap: ("rancangan", "perubahan"))
        let archive = folder.appendingPathComponent("arsip").path
        let check = try renja("check", "--strict", project.path, "--archive", archive)
        XCTAssertEqual(check.exitCode, 1)
        XCTAssertTrue(check.standardError.contains("warning: tahap is 'perubahan' but no 'penetapan' version is archived"), check.standardError)
        let label = try renja("check", project.path, "--label", "perubhan", "--archive", archive)
        XCTAssertEqual(label.exitCode, 1, "the label is checked as build checks it")
        XCTAssertTrue(label.standardError.contains("error: --label 'perubhan' looks like the stage 'perubahan'"), label.standardError)
    }

    /// Versions of equal inputs compared with different versions were listed alike.
    func testHistoryNamesTheVersionARenjaPerubahanIsComparedWith() throws {
        let folder = try temporaryDirectory()
        let archive = folder.appendingPathComponent("arsip").path
        let penetapan = try copy(of: RenjaProcess.minimalExample, named: "penetapan", in: folder, tahap: ("rancangan", "penetapan"))
        XCTAssertEqual(try renja("build", penetapan.path, "--archive", archive).exitCode, 0)
        let project = try copy(of: penetapan, named: "perubahan", in: folder, tahap: ("penetapan", "perubahan"))
        XCTAssertEqual(try renja("build", project.path, "--archive", archive).exitCode, 0)
        let history = try RenjaProcess.run(["history", project.path, "--archive", archive], in: Repository.root, namingTemplates: false)
        let lines = history.standardOutput.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, history.standardError)
        XCTAssertFalse(lines.first?.contains("compared with") ?? true, history.standardOutput)
        XCTAssertTrue(lines.last?.hasSuffix("  compared with 001-penetapan") ?? false, history.standardOutput)
    }

    func testCheckSummaryCountsInTheSingularToo() throws {
        let run = try renja("check", "docs/examples/minimal")
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        XCTAssertEqual(run.standardOutput, "1 programme, 1 kegiatan, 3 indikator, 6 CSV rows read\n")
    }

    /// `renja check input/x/renja.yaml` said "cannot read 'input/x/renja.yaml/renja.yaml'":
    /// every command taking a project reads a path to its spec as the project's folder.
    func testASpecFileNamesItsProject() throws {
        let run = try renja("check", "docs/examples/minimal/renja.yaml")
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        XCTAssertEqual(run.standardOutput, "1 programme, 1 kegiatan, 3 indikator, 6 CSV rows read\n")
        let inProject = try RenjaProcess.run(["check", "renja.yaml"], in: RenjaProcess.minimalExample)
        XCTAssertEqual(inProject.exitCode, 0, inProject.standardError)
        let archive = try temporaryDirectory().path
        XCTAssertEqual(try renja("build", "docs/examples/minimal/renja.yaml", "--archive", archive).exitCode, 0)
        for command in ["history", "verify"] {
            let run = try RenjaProcess.run([command, "docs/examples/minimal/renja.yaml", "--archive", archive], in: Repository.root, namingTemplates: false)
            XCTAssertEqual(run.exitCode, 0, "\(command): \(run.standardError)")
            XCTAssertFalse(run.standardOutput.hasPrefix("no archived versions"), "\(command): \(run.standardOutput)")
        }
        let out = try temporaryDirectory().path
        let batch = try renja("build", "docs/examples/minimal/renja.yaml", "input/jatiroto-2020/renja.yaml", "--out", out)
        XCTAssertEqual(batch.exitCode, 0, batch.standardError)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(out)/minimal/renja.html"))
        XCTAssertEqual(try renja("check", "docs/examples/minimal/renja.yml").standardError,
                       "error: cannot read 'docs/examples/minimal/renja.yml/renja.yaml': no such file\n", "only renja.yaml names its folder")
    }

    func testAUsageErrorExitsWith64() throws {
        XCTAssertEqual(try renja("check").exitCode, 64)
        XCTAssertEqual(try renja("build", "input/jatiroto-2020", "--bogus").exitCode, 64)
    }

    func testBadInputIsPositionedExitsWith1AndWritesNothing() throws {
        let project = try temporaryDirectory().appendingPathComponent("broken")
        try FileManager.default.copyItem(at: Repository.jatiroto, to: project)
        let spec = project.appendingPathComponent("renja.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntahun: 2020\n", with: "\ntahun: duaribu\n").write(to: spec, atomically: true, encoding: .utf8)
        let out = project.deletingLastPathComponent().appendingPathComponent("out")

        let run = try renja("build", project.path, "--out", out.path)
        XCTAssertEqual(run.exitCode, 1)
        XCTAssertTrue(run.standardError.hasSuffix("/broken/renja.yaml:7:8: error: expected a whole number for 'tahun', found 'duaribu'\n"), run.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "bad input must write nothing")
    }

    func testBuildWritesBothFiles() throws {
        let out = try temporaryDirectory().appendingPathComponent("jatiroto")
        let run = try renja("build", "input/jatiroto-2020", "--out", out.path)
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        for name in ["renja.html", "renja.xml"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "atomic writes leave no temporary files")
    }

    /// Spec, CSV and template problems name their files alike: relative to the current folder.
    func testATemplateErrorNamesItsFileRelativeToTheCurrentFolder() throws {
        let folder = try temporaryDirectory()
        let project = folder.appendingPathComponent("proyek")
        try FileManager.default.copyItem(at: RenjaProcess.minimalExample, to: project)
        let templates = project.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let broken = try String(contentsOf: Repository.templates.appendingPathComponent("bab-5.xml"), encoding: .utf8)
            .replacingOccurrences(of: "{{opd.nama}}", with: "{{opd.namaa}}")
        try broken.write(to: templates.appendingPathComponent("bab-5.xml"), atomically: true, encoding: .utf8)

        let run = try RenjaProcess.run(["check", "proyek"], in: folder)
        XCTAssertEqual(run.exitCode, 1)
        let line = run.standardError.split(separator: "\n").first { $0.contains("unknown placeholder 'opd.namaa'") }
        XCTAssertEqual(line?.hasPrefix("proyek/templates/bab-5.xml:"), true, run.standardError)
    }

    /// The project's own templates are inputs like its spec: a broken one was reported only
    /// once the spec's errors were fixed, though one run should name every problem.
    func testSpecAndTemplateErrorsAreReportedInOneRun() throws {
        let folder = try temporaryDirectory()
        let project = folder.appendingPathComponent("proyek")
        try FileManager.default.copyItem(at: RenjaProcess.minimalExample, to: project)
        let spec = project.appendingPathComponent("renja.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        XCTAssertTrue(text.contains("\ntahun: "))
        try text.replacingOccurrences(of: "\ntahun: ", with: "\ntahunn: ").write(to: spec, atomically: true, encoding: .utf8)
        let templates = project.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let chapter = try String(contentsOf: Repository.templates.appendingPathComponent("bab-5.xml"), encoding: .utf8)
        try chapter.replacingOccurrences(of: "</chapter>", with: "").write(to: templates.appendingPathComponent("bab-5.xml"), atomically: true, encoding: .utf8)

        for command in ["check", "build"] {
            let run = try RenjaProcess.run(command == "check" ? ["check", "proyek"] : ["build", "proyek", "--out", "keluaran"], in: folder)
            XCTAssertEqual(run.exitCode, 1, command)
            let errors = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
            XCTAssertTrue(errors.contains { $0.hasPrefix("proyek/renja.yaml:") && $0.contains("unknown key 'tahunn'") }, "\(command): \(run.standardError)")
            XCTAssertTrue(errors.contains { $0.hasPrefix("proyek/templates/bab-5.xml:") }, "\(command): \(run.standardError)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("keluaran").path))
    }

    /// `diff` files its report in the newer version's folder as "from the older": versions
    /// named newest first, or one version twice, reported changes that never happened.
    func testDiffRefusesVersionsNotNamedOlderFirst() throws {
        let archive = try temporaryDirectory().path
        XCTAssertEqual(try renja("build", "input/jatiroto-2020", "--archive", archive).exitCode, 0)
        XCTAssertEqual(try renja("build", "input/jatiroto-2020", "--archive", archive, "--label", "penetapan").exitCode, 0)
        for (first, second) in [("2", "1"), ("1", "001-rancangan-akhir")] {
            let run = try renja("diff", "input/jatiroto-2020", first, second, "--archive", archive)
            XCTAssertEqual(run.exitCode, 1, "\(first) \(second)")
            XCTAssertEqual(run.standardError, "error: name two different versions, the older first: "
                + "'\(first == "2" ? "002-penetapan" : "001-rancangan-akhir")' is not older than '001-rancangan-akhir'\n")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(archive)/kecamatan-jatiroto/2020/001-rancangan-akhir/perbandingan"))
        let forward = try renja("diff", "input/jatiroto-2020", "1", "2", "--archive", archive)
        XCTAssertEqual(forward.exitCode, 0, forward.standardError)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(archive)/kecamatan-jatiroto/2020/002-penetapan/perbandingan"))
    }

    /// Staff preview a Renja Perubahan before archiving it: `--out` builds it as the archive
    /// would, compared with the latest penetapan (or `--compare-with`), alone or in a batch,
    /// and leaves the archive as it was; the comparison was refused beside `--out`, and left
    /// out by default.
    func testAnOutBuildOfARenjaPerubahanIsComparedWithTheArchivedPenetapan() throws {
        let folder = try temporaryDirectory()
        let archive = folder.appendingPathComponent("arsip").path
        XCTAssertEqual(try renja("build", Repository.jatiroto.path, "--archive", archive, "--label", "penetapan").exitCode, 0)
        let project = try copy(of: Repository.jatiroto, named: "jatiroto", in: folder, tahap: ("rancangan akhir", "perubahan"))

        let out = folder.appendingPathComponent("pratinjau")
        let run = try renja("build", project.path, "--out", out.path, "--archive", archive)
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        let html = try String(contentsOf: out.appendingPathComponent("renja.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<table id=\"tabel-perbandingan\""), "compared with version 1")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: "\(archive)/kecamatan-jatiroto/2020").filter { !$0.hasPrefix(".") },
                       ["001-penetapan"], "the archive is only read")
        XCTAssertEqual(try RenjaProcess.run(["verify", "--archive", archive], in: Repository.root, namingTemplates: false).standardOutput, "1 version checked, 0 files changed, removed or added\n")

        // In a batch too: each project is built as it would be alone.
        let minimal = folder.appendingPathComponent("minimal")
        try FileManager.default.copyItem(at: RenjaProcess.minimalExample, to: minimal)
        let batch = try renja("build", project.path, minimal.path, "--out", folder.appendingPathComponent("batch").path, "--archive", archive)
        XCTAssertEqual(batch.exitCode, 0, batch.standardError)
        let batchHTML = try String(contentsOf: folder.appendingPathComponent("batch/jatiroto/renja.html"), encoding: .utf8)
        XCTAssertTrue(batchHTML.contains("<table id=\"tabel-perbandingan\""), "compared in a batch")

        let missing = try renja("build", project.path, "--out", folder.appendingPathComponent("lain").path, "--archive", archive, "--compare-with", "9")
        XCTAssertEqual(missing.exitCode, 1)
        XCTAssertTrue(missing.standardError.split(separator: "\n").contains("error: no archived version '9' (archived: 001-penetapan)"), missing.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("lain").path))
    }
}
