import Foundation
import XCTest

/// What `renja` says about its own command line: help for the root and each subcommand
/// (standard output, exit 0) and usage errors (standard error with the usage line, exit 64).
final class CommandLineUsageTests: XCTestCase {
    private func renja(_ arguments: [String]) throws -> RenjaProcess.Run {
        try RenjaProcess.run(arguments, in: Repository.root, namingTemplates: false)
    }

    private let visibleSubcommands = ["check", "build", "history", "verify", "diff"]

    func testRootHelpListsEveryVisibleSubcommand() throws {
        for arguments in [[], ["--help"], ["-h"], ["help"], ["help", "--help"], ["help", "-h"], ["help", "help"]] {
            let run = try renja(arguments)
            XCTAssertEqual(run.exitCode, 0, "\(arguments): \(run.standardError)")
            XCTAssertEqual(run.standardError, "", "\(arguments)")
            XCTAssertTrue(run.standardOutput.contains("USAGE: renja <subcommand>"), run.standardOutput)
            XCTAssertTrue(run.standardOutput.contains("-h, --help"), run.standardOutput)
            for name in visibleSubcommands {
                XCTAssertTrue(run.standardOutput.contains("\n  \(name) "), "\(arguments) lists \(name):\n\(run.standardOutput)")
            }
            XCTAssertFalse(run.standardOutput.contains("generate"), "generate is hidden:\n\(run.standardOutput)")
        }
    }

    /// The version archive manifests record (`renjaVersion`), so an auditor can match them.
    func testVersionPrintsTheVersionManifestsRecord() throws {
        let run = try renja(["--version"])
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        XCTAssertNotNil(run.standardOutput.range(of: #"^renja [0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression), run.standardOutput)
        XCTAssertTrue(try renja(["--help"]).standardOutput.contains("\n  --version "))
    }

    func testEachSubcommandsHelpListsItsArgumentsAndOptions() throws {
        let resources = ["--templates <templates>", "--schema <path>", "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"]
        let expected: [String: [String]] = [
            "check": ["renja check <project> [--strict]", "<project>", "--strict", "--archive <archive>", "--label <label>",
                      "--compare-with <compare-with>"] + resources,
            "build": ["renja build <project> [<more-projects> ...]", "<project>", "<more-projects>", "--out <out>", "--strict",
                      "--archive <archive>", "(default: output)", "--label <label>", "--compare-with <compare-with>"] + resources,
            "history": ["renja history <project>", "<project>", "--archive <archive>"],
            "verify": ["renja verify [<project>]", "<project>", "--archive <archive>"],
            "diff": ["renja diff <project> [<versions> ...]", "<project>", "<versions>", "--archive <archive>"] + resources,
            "generate": ["renja generate <directory>", "<directory>", "--count <count>", "(default: 10)", "--seed <seed>", "(default: 1)"],
        ]
        for (name, fragments) in expected {
            for arguments in [[name, "--help"], [name, "-h"], ["help", name], [name, "some-project", "--help"]] {
                let run = try renja(arguments)
                XCTAssertEqual(run.exitCode, 0, "\(arguments): \(run.standardError)")
                XCTAssertTrue(run.standardOutput.hasPrefix("OVERVIEW: "), "\(arguments):\n\(run.standardOutput)")
                for fragment in fragments + ["USAGE: ", "ARGUMENTS:", "OPTIONS:", "-h, --help"] {
                    XCTAssertTrue(run.standardOutput.contains(fragment), "\(arguments) shows \(fragment):\n\(run.standardOutput)")
                }
            }
        }
    }

    func testHelpLinesFitEightyColumns() throws {
        for name in visibleSubcommands + ["generate"] {
            let run = try renja([name, "--help"])
            // The usage line is the one line allowed to be longer: it is one command to copy.
            let long = run.standardOutput.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("USAGE: ") }
            XCTAssertEqual(long, [], name)
        }
    }

    func testUsageErrorsExitWith64AndShowTheUsage() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("renja-usage-\(UUID().uuidString)").path
        let jatiroto = Repository.jatiroto.path
        let cases: [(arguments: [String], message: String, command: String)] = [
            (["check"], "Missing expected argument '<project>'", "renja check"),
            (["build", jatiroto, "--bogus"], "Unknown option '--bogus'", "renja build"),
            (["build", jatiroto, "--out"], "Missing value for '--out <out>'", "renja build"),
            (["build", jatiroto, "--out", "--strict"], "Missing value for '--out <out>'", "renja build"),
            (["build", jatiroto, "--out", scratch, "--label", "x"],
             "--label names an archived version; it cannot be used with --out", "renja build"),
            (["build", jatiroto, jatiroto + "/../jatiroto-2020", "--out=\(scratch)", "--compare-with=1"],
             "--compare-with names a version of one project; it cannot be used with several", "renja build"),
            (["build", jatiroto, jatiroto], "several projects are built with --out DIR; archiving takes one project at a time", "renja build"),
            (["diff", jatiroto, "1"], "name two versions, or none for the last two", "renja diff"),
            (["check", "a", "b"], "Unexpected argument 'b'", "renja check"),
            (["check", "-x", "a"], "Unknown option '-x'", "renja check"),
            (["check", "--strict=1", "a"], "The option '--strict' does not take any value, but '1' was specified.", "renja check"),
            (["history", jatiroto, "--templates", "templates"], "Unknown option '--templates'", "renja history"),
            (["verify", "a", "b"], "Unexpected argument 'b'", "renja verify"),
            (["generate", scratch, "--count", "abc"], "The value 'abc' is invalid for '--count <count>'", "renja generate"),
            (["generate", scratch, "--seed", "-1"], "Missing value for '--seed <seed>'", "renja generate"),
            (["--verbose"], "Unknown option '--verbose'", "renja"),
            (["--version", "build"], "Unexpected argument 'build'", "renja"),
            (["foo"], "Unexpected argument 'foo'", "renja"),
            (["help", "biuld"], "Unknown subcommand 'biuld'", "renja"),
        ]
        for (arguments, message, command) in cases {
            let run = try renja(arguments)
            XCTAssertEqual(run.exitCode, 64, "\(arguments): \(run.standardError)")
            XCTAssertEqual(run.standardOutput, "", "\(arguments)")
            XCTAssertTrue(run.standardError.hasPrefix("Error: \(message)"), "\(arguments):\n\(run.standardError)")
            let usage = command == "renja" ? "Usage: renja <subcommand>\n" : "Usage: \(command) "
            XCTAssertTrue(run.standardError.contains(usage), "\(arguments):\n\(run.standardError)")
            XCTAssertTrue(run.standardError.hasSuffix("  See '\(command) --help' for more information.\n"), "\(arguments):\n\(run.standardError)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch), "a usage error writes nothing")
    }

    func testAnArgumentAfterDoubleDashIsAPositional() throws {
        let run = try renja(["check", "--", "--strict", "--templates", Repository.templates.path])
        XCTAssertEqual(run.exitCode, 64, run.standardError)
        XCTAssertTrue(run.standardError.hasPrefix("Error: 2 unexpected arguments: '--templates', '\(Repository.templates.path)'\n"), run.standardError)
        let alone = try RenjaProcess.run(["check", "--templates", Repository.templates.path, "--", "--strict"], in: Repository.root, namingTemplates: false)
        XCTAssertEqual(alone.exitCode, 1, alone.standardError)
        XCTAssertEqual(alone.standardError, "error: cannot read '--strict/renja.yaml': no such file\n")
    }

    func testOptionsWithTheirValuesAfterAnEqualsSignOrTheNextArgument() throws {
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("renja-usage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: archive) }
        for arguments in [["history", "input/jatiroto-2020", "--archive", archive.path], ["history", "--archive=\(archive.path)", "input/jatiroto-2020"]] {
            let run = try renja(arguments)
            XCTAssertEqual(run.exitCode, 0, "\(arguments): \(run.standardError)")
            XCTAssertEqual(run.standardOutput, "no archived versions in \(archive.path)/kecamatan-jatiroto/2020\n")
        }
    }

    /// Verifying nothing proves nothing: a mistyped archive root, or a project whose spec now
    /// names another OPD or year, must not pass (it printed "0 versions checked" and exit 0).
    func testVerifyFailsWhenThereIsNoVersionToCheck() throws {
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("renja-usage-\(UUID().uuidString)")
        for (arguments, searched) in [(["verify", "--archive", archive.path], archive.path),
                                      (["verify", "input/jatiroto-2020", "--archive", archive.path], "\(archive.path)/kecamatan-jatiroto/2020")] {
            let run = try renja(arguments)
            XCTAssertEqual(run.exitCode, 1, "\(arguments)")
            XCTAssertEqual(run.standardOutput, "")
            XCTAssertEqual(run.standardError, "error: no archived versions in '\(searched)'\n")
        }
    }

    func testGenerateReadsItsNumbers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("renja-usage-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let run = try renja(["generate", folder.path, "--count", "2", "--seed=7"])
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        XCTAssertEqual(run.standardOutput, "2 projects written into \(folder.path)\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["proyek-0001", "proyek-0002"])
    }
}
