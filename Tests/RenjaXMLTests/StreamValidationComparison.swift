@testable import RenjaXML
import XCTest

/// Validates a document twice, as a tree (`RelaxNGSchema.validate`, the reference) and as a
/// stream of markup events (`RelaxNGStreamValidator`, fed from the parsed tree), and checks
/// that the verdicts agree: above all, the stream never accepts what the tree refuses.
enum StreamValidationComparison {
    /// The issues of `xml` validated as the writer's events would deliver it.
    static func streamIssues(of xml: String, against schema: RelaxNGSchema, fileName: String = "renja.xml") throws -> [XMLIssue] {
        let root = try XMLTreeParser.parse(xml, fileName: fileName)
        let validator = schema.streamValidator(fileName: fileName)
        try replay(root, into: validator)
        return validator.finish()
    }

    /// Writes `root` with `observer` told of its markup: the events the pipeline's writer sends.
    static func replay(_ root: XMLElement, into observer: XMLMarkupObserver) throws {
        _ = try XMLSerializer().data(observedBy: observer) { $0.append(root) }
    }

    /// Asserts that both validations of `xml` agree on validity; when `sameMessages`, that
    /// the stream reports nothing the tree does not (lines aside: a stream has none), but
    /// for one restatement. Returns the tree's issues.
    ///
    /// The messages are not identical: libxml2 reports differently when it streams. The tree
    /// adds cascades after a refused child ("Element chapter has extra content: para"),
    /// which the stream, stopping at the refused child as the tree does, never reaches;
    /// and where the tree gives up on a content model, the stream may name a deeper cause.
    @discardableResult
    static func assertSameVerdict(
        _ xml: String, against schema: RelaxNGSchema, sameMessages: Bool = true,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> [XMLIssue] {
        let tree = schema.validate(xml, fileName: "renja.xml")
        let stream = try streamIssues(of: xml, against: schema)
        XCTAssertEqual(stream.isEmpty, tree.isEmpty, "\(schema.name): tree \(tree), stream \(stream)", file: file, line: line)
        XCTAssertTrue(stream.allSatisfy { $0.position == XMLPosition(line: 0, column: 0) && $0.file == "renja.xml" }, "\(stream)", file: file, line: line)
        if sameMessages {
            let treeMessages = Set(tree.map(\.message))
            let unexpected = stream.map(\.message).filter { !treeMessages.contains($0) && !isAttributeRestatement($0) }
            XCTAssertEqual(unexpected, [], "\(schema.name): tree \(tree.map(\.message))", file: file, line: line)
        }
        return tree
    }

    /// After "Element X failed to validate attributes", the streaming check of the element's
    /// start also names the attribute it could not accept; the tree validation does not.
    private static func isAttributeRestatement(_ message: String) -> Bool {
        message.hasPrefix("Invalid attribute ")
    }
}
