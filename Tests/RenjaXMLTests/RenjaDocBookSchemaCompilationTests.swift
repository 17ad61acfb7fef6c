import RenjaXML
import XCTest

/// What makes validation against renja's grammar cheap (Schemas/README.md, "What validation
/// costs"): libxml2 2.9 validates an element with an automaton compiled from its content
/// model only when that model is compilable and every element above it, from the start, is
/// compiled too; any other element is validated by copying states, ten times the cost per
/// table entry. These tests apply libxml2's rule (relaxng.c: xmlRelaxNGIsCompilable,
/// xmlRelaxNGTryCompile, and xmlRelaxNGSimplify setting attribute-only patterns aside) to
/// the grammar, so that a `<mixed>` or a shared define holding attributes does not silently
/// bring the slow path back. libxml2 also drops an automaton that is not deterministic;
/// that part is left to measuring.
final class RenjaDocBookSchemaCompilationTests: XCTestCase {
    func testEveryElementAboveAndInATableIsCompiled() throws {
        let compiled = try CompiledElements(grammarText: RenjaDocBookSchema.text).names
        let chain = ["book", "chapter", "section", "table", "tgroup", "thead", "tbody", "row", "entry", "para", "emphasis"]
        XCTAssertEqual(chain.filter { !compiled.contains($0) }, [])
    }

    func testAMixedContentModelIsNotCompiled() throws {
        let grammar = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start><element name="book"><oneOrMore><ref name="para"/></oneOrMore></element></start>
              <define name="para"><element name="para"><mixed><element name="b"><text/></element></mixed></element></define>
            </grammar>
            """
        XCTAssertEqual(try CompiledElements(grammarText: grammar).names, ["book"])
    }

    func testAttributesSharedWithContentStopTheCompilationBelow() throws {
        // An attribute written in the element is set aside; one in a define that also
        // holds elements stays in the content model, which then is not compilable, and
        // libxml2 compiles nothing under an element it validates the slow way.
        let grammar = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start><element name="book"><ref name="chapter"/><ref name="preface"/></element></start>
              <define name="chapter"><element name="chapter"><ref name="content"/></element></define>
              <define name="content">
                <optional><attribute name="label"/></optional><element name="title"><text/></element>
              </define>
              <define name="preface">
                <element name="preface"><optional><attribute name="label"/></optional><element name="title"><text/></element></element>
              </define>
            </grammar>
            """
        XCTAssertEqual(try CompiledElements(grammarText: grammar).names, ["book", "preface", "title"])
    }
}

/// The names of the elements libxml2 compiles an automaton for: those reached from the
/// grammar's start through compiled elements only, whose content model is compilable once
/// their attribute-only patterns are set aside.
private struct CompiledElements {
    private(set) var names: Set<String> = []
    private let defines: [String: [XMLElement]]
    /// Elements already visited, by source position: a grammar's elements are recursive.
    private var visited: Set<XMLPosition> = []

    init(grammarText: String) throws {
        let grammar = try XMLTreeParser.parse(grammarText, fileName: "grammar.rng")
        defines = Dictionary(
            grammar.childElements.filter { $0.name == "define" }.compactMap { define in
                define.attribute("name").map { ($0, define.childElements) }
            },
            uniquingKeysWith: +)
        let start = try XCTUnwrap(grammar.childElements.first { $0.name == "start" })
        visitElements(in: start.childElements)
    }

    /// Compiles each element reachable in `patterns` without passing through another
    /// element, as libxml2 does for the content of a compiled element.
    private mutating func visitElements(in patterns: [XMLElement], references: Set<String> = []) {
        for pattern in patterns {
            switch pattern.name {
            case "element":
                compile(pattern)
            case "ref":
                guard let name = pattern.attribute("name"), !references.contains(name) else { continue }
                visitElements(in: defines[name] ?? [], references: references.union([name]))
            case "attribute":
                continue
            default:
                visitElements(in: pattern.childElements, references: references)
            }
        }
    }

    private mutating func compile(_ element: XMLElement) {
        guard let position = element.position, visited.insert(position).inserted,
            let name = element.attribute("name")
        else { return }
        let content = element.childElements.filter { !generatesOnlyAttributes($0) }
        guard content.allSatisfy({ isCompilable($0) }) else { return }
        names.insert(name)
        visitElements(in: content)
    }

    /// libxml2's xmlRelaxNGGenerateAttributes: nothing but attributes, through references.
    private func generatesOnlyAttributes(_ pattern: XMLElement, references: Set<String> = []) -> Bool {
        switch pattern.name {
        case "attribute":
            return true
        case "element", "text", "data", "value", "list", "empty":
            return false
        case "ref":
            guard let name = pattern.attribute("name"), !references.contains(name) else { return true }
            return (defines[name] ?? []).allSatisfy { generatesOnlyAttributes($0, references: references.union([name])) }
        default:
            return pattern.childElements.allSatisfy { generatesOnlyAttributes($0, references: references) }
        }
    }

    /// libxml2's xmlRelaxNGIsCompilable for a content pattern: an element counts by its
    /// name alone (its own content is judged when it is compiled).
    private func isCompilable(_ pattern: XMLElement, references: Set<String> = []) -> Bool {
        switch pattern.name {
        case "element":
            return pattern.attribute("name") != nil
        case "text", "empty":
            return true
        case "ref":
            guard let name = pattern.attribute("name"), !references.contains(name) else { return true }
            return (defines[name] ?? []).allSatisfy { isCompilable($0, references: references.union([name])) }
        case "group", "choice", "optional", "zeroOrMore", "oneOrMore":
            return pattern.childElements.allSatisfy { isCompilable($0, references: references) }
        default:
            return false
        }
    }
}

extension XMLElement {
    fileprivate var childElements: [XMLElement] {
        children.compactMap { child in
            if case let .element(element) = child { element } else { nil }
        }
    }
}
