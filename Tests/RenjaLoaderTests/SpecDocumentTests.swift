import Foundation
import RenjaLoader
import RenjaModel
import XCTest

/// `docs/plan-spec.md` is the single reference of the input format: its annotated spec and
/// its CSV examples must load as they stand.
final class SpecDocumentTests: XCTestCase {
    static let specDocument = FixtureTests.testsDirectory.deletingLastPathComponent().appendingPathComponent("docs/plan-spec.md")

    /// The indented or fenced blocks of the document that follow a line containing `marker`.
    private func block(after marker: String, in document: String) throws -> String {
        let lines = document.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.contains(marker) }, "no '\(marker)' in plan-spec.md")
        var index = start + 1
        while lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
        if lines[index].hasPrefix("```") {
            let end = try XCTUnwrap(lines[(index + 1)...].firstIndex { $0.hasPrefix("```") })
            return lines[(index + 1)..<end].joined(separator: "\n") + "\n"
        }
        var block: [String] = []
        while index < lines.count, lines[index].hasPrefix("    ") {
            block.append(String(lines[index].dropFirst(4)))
            index += 1
        }
        return block.joined(separator: "\n") + "\n"
    }

    func testAnnotatedSpecAndCSVExamplesLoadWithoutDiagnostics() throws {
        let document = try String(contentsOf: Self.specDocument, encoding: .utf8)
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("renja-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("realisasi"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: project) }
        try block(after: "## The whole spec, annotated", in: document)
            .write(to: project.appendingPathComponent("renja.yaml"), atomically: true, encoding: .utf8)
        try block(after: "`realisasi.triwulan` (T-C.29", in: document)
            .write(to: project.appendingPathComponent("realisasi/triwulan-2019.csv"), atomically: true, encoding: .utf8)
        try block(after: "`realisasi.sampai_tahun_lalu` (T-C.29", in: document)
            .write(to: project.appendingPathComponent("realisasi/capaian-2018.csv"), atomically: true, encoding: .utf8)

        let result = ProjectLoader().load(projectAt: project)
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        let plan = try XCTUnwrap(result.plan)
        XCTAssertEqual(plan.realisasi.triwulan.count, 4)
        XCTAssertEqual(plan.realisasi.sampaiTahunLalu.last?.rp, Money(Decimal(string: "342181137.68") ?? 0))
        XCTAssertEqual(plan.dinyatakan.count, 7)
        XCTAssertEqual(plan.kinerjaPelayanan.first?.realisasi[2019], .some(nil), "null is kept as a year not reported")
    }
}
