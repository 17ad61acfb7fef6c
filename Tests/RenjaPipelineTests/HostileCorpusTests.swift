import Foundation
import XCTest

/// Builds every project under `Tests/Fixtures/hostile/` with the real `renja build` and checks
/// that each is refused: exit code 1, exactly the diagnostics in the folder's `expected.txt`
/// (paths relative to the folder), nothing on standard output, no output folder, and soon.
/// `RENJA_UPDATE_GOLDENS=1 swift test --filter HostileCorpusTests` rewrites the expected files
/// for review in `git diff`.
final class HostileCorpusTests: XCTestCase {
    static let corpus = RenjaProcess.repository.appendingPathComponent("Tests/Fixtures/hostile")

    func testEveryHostileProjectIsRefusedWithItsDiagnosticsAndWritesNothing() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: RenjaProcess.executable.path),
                          "renja is not built beside the tests (\(RenjaProcess.executable.path))")
        let update = ProcessInfo.processInfo.environment["RENJA_UPDATE_GOLDENS"] == "1"
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 25)
        let scratch = try RenjaProcess.temporaryDirectory("corpus")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in cases {
            let folder = Self.corpus.appendingPathComponent(name)
            let out = scratch.appendingPathComponent(name)
            let started = Date()
            let run = try RenjaProcess.run(["build", ".", "--out", out.path], in: folder)
            // Generous for a loaded CI machine; the billion laughs once took 2 s, and 330 s for a 100 MB CSV.
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, "case \(name) takes too long")
            let actual = run.standardError.replacingOccurrences(of: folder.standardizedFileURL.path + "/", with: "")
            let expectedURL = folder.appendingPathComponent("expected.txt")
            if update {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            XCTAssertEqual(run.exitCode, 1, "case \(name)")
            XCTAssertEqual(actual, try String(contentsOf: expectedURL, encoding: .utf8), "case \(name)")
            XCTAssertEqual(run.standardOutput, "", "case \(name) prints no output path")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "case \(name) must write nothing")
            XCTAssertTrue(actual.contains("error: "), "case \(name) reports an error")
        }
    }
}
