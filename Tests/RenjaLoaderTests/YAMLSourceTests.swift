@testable import RenjaLoader
import XCTest
import Yams

/// What composing the spec's YAML gives for the cases that depend on YAML tags (quoted or
/// plain keys, nulls, merge keys): pinned so that a faster composition cannot change them.
final class YAMLSourceTests: XCTestCase {
    private func compose(_ text: String) -> (tree: SpecTree?, diagnostics: [String]) {
        let composed = YAMLSource(file: "r.yaml", text: text).compose()
        return (composed.tree, composed.diagnostics.map(\.description))
    }

    /// The value of the first entry whose key has `key` as its text.
    private func value(of key: String, in node: SpecNode, of tree: SpecTree) -> SpecNode? {
        tree.entries(of: node).first { tree.text(of: $0.key) == key }?.value
    }

    /// FuzzSpec: a spec nesting lists hundreds of levels deep (libyaml stops at 1,000)
    /// overflowed the stack of the recursive walk under AddressSanitizer, and would Yams' too,
    /// which composes a text the walk defers (here after two equal keys).
    func testNestingBeyondTheLimitIsAnErrorWhereItStarts() {
        let deep = String(repeating: "[", count: 900) + String(repeating: "]", count: 900)
        let message = "error: lists and mappings nest more than 64 levels deep here; a plan spec needs fewer than ten"
        // The 65th "[" after "visi: " (columns 1-6), the mapping being the first level.
        XCTAssertEqual(compose("visi: \(deep)\n").diagnostics, ["r.yaml:1:70: " + message])
        XCTAssertEqual(compose("a: 1\na: 2\nvisi: \(deep)\n").diagnostics, ["r.yaml:3:70: " + message])
        XCTAssertNotNil(compose("visi: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n").tree)
    }

    func testEqualPlainKeysAreDuplicatesReportedAtTheSecond() {
        XCTAssertEqual(compose("a: 1\nb: 2\na: 3\n").diagnostics, ["r.yaml:3:1: error: duplicate key 'a' (first at line 1)"])
        XCTAssertEqual(compose("x: {2019: 1, 2019: 2}\n").diagnostics, ["r.yaml:1:14: error: duplicate key '2019' (first at line 1)"])
    }

    /// Canonically equivalent keys (`é` composed or as `e` and a combining accent) are equal
    /// texts to Yams: a duplicate, reported as main reported it.
    func testCanonicallyEquivalentKeysAreDuplicates() {
        XCTAssertEqual(compose("caf\u{E9}: 1\ncafe\u{301}: 2\n").diagnostics, ["r.yaml:1:1: error: duplicate key 'caf\u{E9}' (first at line 1)"])
    }

    /// Yams compares keys by text and resolved tag: a quoted key is a string, so it equals a
    /// plain key only when the plain text also reads as a string.
    func testQuotedAndPlainKeysAreDuplicatesOnlyWhenBothAreStrings() {
        XCTAssertEqual(compose("nama: 1\n\"nama\": 2\n").diagnostics, ["r.yaml:2:1: error: duplicate key 'nama' (first at line 1)"])
        XCTAssertEqual(compose("'nama': 1\nnama: 2\n").diagnostics, ["r.yaml:2:1: error: duplicate key 'nama' (first at line 1)"])
        for (plain, quoted) in [("2019", "'2019'"), ("yes", "\"yes\""), ("null", "'null'"), ("~", "'~'"), ("1.5", "'1.5'")] {
            let composed = compose("\(plain): 1\n\(quoted): 2\n")
            XCTAssertEqual(composed.diagnostics, [], plain)
            XCTAssertEqual(composed.tree.map { $0.entries(of: $0.root).count }, 2, plain)
        }
    }

    /// Keys of different types with the same text are not equal either (`!!str 1` and `1`).
    /// (The position of the second kind is a known quirk: the search for the second key
    /// starts on the first key's line and finds the first key's text after its tag.)
    func testExplicitlyTaggedKeysFollowTheirTag() {
        XCTAssertEqual(compose("!!str 1: a\n1: b\n").diagnostics, [])
        XCTAssertEqual(compose("!!int 1: a\n1: b\n").diagnostics, ["r.yaml:1:7: error: duplicate key '1' (first at line 1)"])
    }

    /// Null is a plain `~`, `null`, `Null`, `NULL` or nothing; quoted, it is text.
    func testNullsArePlainOnly() throws {
        let tree = try XCTUnwrap(compose("a: ~\nb: null\nc:\nd: 'null'\ne: \"~\"\nf: NULL\n").tree)
        let values = tree.entries(of: tree.root).map(\.value)
        XCTAssertEqual(values.map(\.isNull), [true, true, true, false, false, true])
        XCTAssertEqual(values.map { $0.kind == .scalar && $0.isPlain }, [true, true, true, false, false, true])
    }

    /// Only the null words are null: near misses of their length or first letter are text.
    func testNearMissesOfNullAreNotNull() {
        let position = YAMLPosition(line: 1, column: 1)
        let words = ["", "~", "null", "Null", "NULL", "nULL", "nul", "nulls", "~~", "n", "None", "2020", "0", " ", "NUll", "nulL", "Nula", "nama"]
        var builder = SpecTreeBuilder()
        let nulls = words.map { builder.scalar($0, isPlain: true, at: position).isNull }
        XCTAssertEqual(words.map { builder.scalar($0, isPlain: false, at: position).isNull }, words.map { _ in false }, "quoted")
        XCTAssertEqual(nulls, [true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false])
    }

    /// A merge key is not merged: the spec reader sees a key `<<` (and reports it as unknown).
    func testMergeKeysStayKeys() throws {
        let tree = try XCTUnwrap(compose("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n").tree)
        let item = try XCTUnwrap(value(of: "item", in: tree.root, of: tree).map(tree.entries))
        XCTAssertEqual(item.map { tree.text(of: $0.key) }, ["<<", "y"])
        XCTAssertEqual(item.first.map { tree.entries(of: $0.value) }?.map { tree.text(of: $0.key) }, ["x"])
    }

    func testAliasesRepeatTheAnchoredNodeAndUnknownAliasesAreErrors() throws {
        let tree = try XCTUnwrap(compose("a: &x [1, 2]\nb: *x\n").tree)
        let aliased = try XCTUnwrap(value(of: "b", in: tree.root, of: tree))
        XCTAssertEqual(aliased.kind, .sequence)
        XCTAssertEqual(tree.items(of: aliased).map { tree.text(of: $0) }, ["1", "2"])
        XCTAssertEqual(aliased.position.line, 1, "an alias is the anchored node itself, with its position")
        XCTAssertEqual(compose("a: *nowhere\n").diagnostics, ["r.yaml:1:4: error: YAML syntax: found undefined alias"])
    }

    func testSecondDocumentAndSyntaxErrorsAreYamsErrors() {
        XCTAssertEqual(compose("a: 1\n---\nb: 2\n").diagnostics,
                       ["r.yaml:2:1: error: YAML syntax: but found another document (expected a single document in the stream at line 1)"])
        XCTAssertEqual(compose("a: [1, 2\n").diagnostics.count, 1)
        XCTAssertEqual(compose("").diagnostics, ["r.yaml:1:1: error: the plan spec is empty"])
    }

    /// libyaml's "did not find expected key" and "... '-' indicator" name no cure: the line is
    /// indented unlike the block it is in, which began at the line libyaml names.
    func testMisindentedLinesAreComparedWithTheirBlock() {
        XCTAssertEqual(compose("opd:\n  nama: A\n  jenis: b\n   lokasi: c\n  x: 1\n").diagnostics, [
            "r.yaml:4:10: error: YAML syntax: mapping values are not allowed in this context",
        ], "a deeper key continues the value above: no hint")
        XCTAssertEqual(compose("misi:\n  - uraian: A\n    tujuan:\n      - B\n     x: 1\n").diagnostics, [
            "r.yaml:5:6: error: YAML syntax: did not find expected key (while parsing a block mapping at line 2); check this line's indentation against line 2",
        ])
        XCTAssertEqual(compose("tujuan:\n  - kode: T1\n    uraian: A\n   satuan: B\n").diagnostics, [
            "r.yaml:4:4: error: YAML syntax: did not find expected '-' indicator (while parsing a block collection at line 2); check this line's indentation against line 2",
        ])
    }
}
