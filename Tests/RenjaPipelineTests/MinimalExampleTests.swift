import Foundation
import RenjaModel
import RenjaPipeline
import XCTest

/// The documented starting point of a new project must build cleanly, with the sparse
/// content a new project has (empty evaluation lists, no problem tree, no proposals).
final class MinimalExampleTests: XCTestCase {
    func testTheMinimalExampleBuildsWithoutAnyDiagnostic() throws {
        let project = Repository.root.appendingPathComponent("docs/examples/minimal")
        let result = try Repository.preparedPipeline().build(projectAt: project)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.outputs?.map(\.name), ["renja.html", "renja.xml"])
    }
}
