import Foundation
import RenjaArchive
import RenjaCompute
@testable import RenjaXML
import XCTest

/// The comparison report's DocBook, validated as a stream of markup events
/// (`RelaxNGStreamValidator`), is valid as the tree validation finds it, under renja's
/// grammar and the official DocBook 5.0 schema.
final class ComparisonReportStreamValidationTests: XCTestCase {
    func testTheReportStreamsValidUnderBoth() throws {
        let fixture = try ArchiveFixture()
        defer { fixture.remove() }
        let first = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        try fixture.edit("renja.yaml", replacing: "target: {2019: 100, 2020: 87, 2021: 88, 2023: 90}", with: "target: {2019: 100, 2020: 90, 2021: 88, 2023: 90}")
        try fixture.edit("realisasi/triwulan-2019.csv", replacing: "2019;1;P01.K01;;66.779.395", with: "2019;1;P01.K01;;66.780.000")
        let second = try XCTUnwrap(try fixture.builder().run(projectAt: fixture.project).kind.created)
        let after = try VersionLoader().load(second)
        let comparison = PlanComparer(formatter: RenjaFormatter()).compare(try VersionLoader().load(first), after)
        let renja = try fixture.pipeline().schema
        let (files, diagnostics) = ComparisonReportWriter(schema: renja)
            .write(comparison, opd: after.plan.opd.nama, settings: after.plan.settings, from: first, into: second)
        XCTAssertEqual(diagnostics, [])
        let docBook = try XCTUnwrap(files.first { $0.pathExtension == "xml" })
        let text = try String(contentsOf: docBook, encoding: .utf8)
        let official = try RelaxNGSchema(path: ArchiveFixture.repository.appendingPathComponent("Tests/Schemas/docbook-5.0.rng").path)
        for schema in [renja, official] {
            XCTAssertEqual(schema.validate(text, fileName: docBook.lastPathComponent), [], schema.name)
            let validator = schema.streamValidator(fileName: docBook.lastPathComponent)
            let root = try XMLTreeParser.parse(text, fileName: docBook.lastPathComponent)
            _ = try XMLSerializer().data(observedBy: validator) { $0.append(root) }
            XCTAssertEqual(validator.finish(), [], schema.name)
        }
    }
}
