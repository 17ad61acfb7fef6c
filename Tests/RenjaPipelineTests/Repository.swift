import Foundation
import RenjaPipeline
import XCTest

/// Paths inside the checkout, found from this file, and the pipeline prepared once for all tests.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let jatiroto = root.appendingPathComponent("input/jatiroto-2020")
    static let goldens = root.appendingPathComponent("Tests/Goldens")

    /// Whether golden files are rewritten instead of compared (review the result in `git diff`).
    static var updatesGoldens: Bool { ProcessInfo.processInfo.environment["RENJA_UPDATE_GOLDENS"] == "1" }

    static let pipeline: Pipeline? = Pipeline.prepare(templatesDirectory: templates).0

    static func preparedPipeline() throws -> Pipeline {
        try XCTUnwrap(pipeline, "the default templates or the DocBook 5.0 schema (Debian docbook5-xml) failed to load")
    }

    /// Compares `actual` with the golden file `name`, or rewrites it under RENJA_UPDATE_GOLDENS=1.
    static func assertGolden(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = goldens.appendingPathComponent(name)
        if updatesGoldens {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != actual {
            let firstDifference = zip(expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = firstDifference.map { "line \($0.offset + 1):\n  golden: \($0.element.0)\n  actual: \($0.element.1)" } ?? "lengths differ"
            XCTFail("\(name) differs from the golden at \(where_)\n(run with RENJA_UPDATE_GOLDENS=1 to rewrite, then review git diff)", file: file, line: line)
        }
    }
}
