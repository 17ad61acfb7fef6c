import Foundation
import RenjaPipeline
import RenjaSynthetic
@testable import RenjaXML
import XCTest

/// The DocBook renja builds, validated as a stream of markup events (`RelaxNGStreamValidator`)
/// and as a tree (`RelaxNGSchema.validate`), against renja's grammar and the official
/// DocBook 5.0 schema: both say valid, for the seed, generated projects and hostile names.
final class StreamValidationOfBuildsTests: XCTestCase {
    private static let official = Result { () throws(XMLParseFailure) in
        try RelaxNGSchema(path: PipelineFixture.repository.appendingPathComponent("Tests/Schemas/docbook-5.0.rng").path)
    }

    func testTheSeedStreamsValidUnderBoth() throws {
        try assertStreamsValidUnderBoth(PipelineFixture.seedProject)
    }

    func testThreeGeneratedProjectsStreamValidUnderBoth() throws {
        // `renja generate --count 3 --seed 1`: proyek-0001 is the benchmark's generated project.
        let projects = try SyntheticProjectGenerator(seed: 1).writeProjects(count: 3, into: PipelineFixture.scratchFolder(self))
        XCTAssertEqual(projects.count, 3)
        for project in projects {
            try assertStreamsValidUnderBoth(project)
        }
    }

    func testTheBenchmarkProjectValidatesOnceEachWay() throws {
        // The driver for measuring (callgrind, release build): proyek-0001's DocBook under
        // renja's grammar, once as a parsed tree (xmlRelaxNGValidateDoc) and once as events.
        let project = try XCTUnwrap(try SyntheticProjectGenerator(seed: 1).writeProjects(count: 1, into: PipelineFixture.scratchFolder(self)).first)
        let text = try docBook(of: project)
        let schema = try PipelineFixture.preparedPipeline().schema
        let parsed = try LibXMLReader.read(text, fileName: Pipeline.docBookFileName).get()
        XCTAssertEqual(schema.validate(parsed, fileName: Pipeline.docBookFileName), [])
        let root = try XMLTreeParser.parse(text, fileName: Pipeline.docBookFileName)
        let validator = schema.streamValidator(fileName: Pipeline.docBookFileName)
        _ = try XMLSerializer().data(observedBy: validator) { $0.append(root) }
        XCTAssertEqual(validator.finish(), [])
        // The events alone, for the replay's own share of the measured cost.
        let counter = MarkupEventCounter()
        _ = try XMLSerializer().data(observedBy: counter) { $0.append(root) }
        XCTAssertGreaterThan(counter.events, 10_000)
    }

    func testHostileNamesStreamValidUnderBoth() throws {
        let project = try PipelineFixture.scratchFolder(self).appendingPathComponent("hostile")
        try HostileEscapingTests.makeHostileProject(at: project)
        try assertStreamsValidUnderBoth(project)
    }

    func testABrokenBuildIsRefusedByTheStreamAsByTheTree() throws {
        // The seed's DocBook with one table row given an entry too many, deep in BAB II.
        let docBook = try docBook(of: PipelineFixture.seedProject)
        let broken = try XCTUnwrap(docBook.range(of: "</row>")).lowerBound
        let text = docBook.replacingCharacters(in: broken..<broken, with: "<entry/><para/>")
        for schema in [try PipelineFixture.preparedPipeline().schema, try Self.official.get()] {
            XCTAssertFalse(schema.validate(text, fileName: Pipeline.docBookFileName).isEmpty, schema.name)
            XCTAssertFalse(try Self.streamIssues(of: text, against: schema).isEmpty, schema.name)
        }
    }

    /// Builds `project` and checks that its DocBook streams valid under renja's grammar (the
    /// pipeline's) and the official schema, as the tree validation finds it.
    private func assertStreamsValidUnderBoth(_ project: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try docBook(of: project)
        for schema in [try PipelineFixture.preparedPipeline().schema, try Self.official.get()] {
            XCTAssertEqual(schema.validate(text, fileName: Pipeline.docBookFileName), [], schema.name, file: file, line: line)
            XCTAssertEqual(try Self.streamIssues(of: text, against: schema), [], "\(project.lastPathComponent) \(schema.name)", file: file, line: line)
        }
    }

    private func docBook(of project: URL) throws -> String {
        let result = try PipelineFixture.preparedPipeline().build(projectAt: project)
        let output = try XCTUnwrap(result.outputs?.first { $0.name == Pipeline.docBookFileName }, "\(result.diagnostics)")
        return String(decoding: output.contents, as: UTF8.self)
    }

    /// The issues of `text` validated from the events a writer writing it would send.
    private static func streamIssues(of text: String, against schema: RelaxNGSchema) throws -> [XMLIssue] {
        let validator = schema.streamValidator(fileName: Pipeline.docBookFileName)
        let root = try XMLTreeParser.parse(text, fileName: Pipeline.docBookFileName)
        _ = try XMLSerializer().data(observedBy: validator) { $0.append(root) }
        return validator.finish()
    }
}

/// Counts markup events and does nothing else: what replaying a document costs by itself.
private final class MarkupEventCounter: XMLMarkupObserver {
    private(set) var events = 0

    func startElement(_ name: String, namespace: String, attributes: [XMLMarkupAttribute]) {
        events += 1
    }

    func text(_ text: String) {
        events += 1
    }

    func endElement() {
        events += 1
    }
}
