import Foundation
@testable import RenjaLoader
import XCTest
import Yams

/// `YAMLComposer` must build exactly the tree Yams composes (converted to `SpecNode`), or defer to it.
final class YAMLComposerTests: XCTestCase {
    /// Everything about a node a reader can see, in document order: kind, text, plainness
    /// and position.
    private func dump(_ node: SpecNode, of tree: SpecTree, into lines: inout [String]) {
        let position = "\(node.position.line):\(node.position.column)"
        switch node.kind {
        case .scalar:
            let text = tree.text(of: node) ?? ""
            lines.append("scalar \(position) \(node.isPlain ? "plain" : "quoted") \(node.isNull ? "null" : "text") \(text.debugDescription)")
        case .sequence:
            let items = tree.items(of: node)
            lines.append("sequence \(position) \(items.count) \(node.isPlain) \(node.isNull)")
            for item in items { dump(item, of: tree, into: &lines) }
        case .mapping:
            let pairs = tree.entries(of: node)
            lines.append("mapping \(position) \(pairs.count) \(node.isPlain) \(node.isNull)")
            for (key, value) in pairs {
                dump(key, of: tree, into: &lines)
                dump(value, of: tree, into: &lines)
            }
        }
    }

    private func dump(_ tree: SpecTree?) -> [String] {
        var lines: [String] = []
        if let tree { dump(tree.root, of: tree, into: &lines) }
        return lines
    }

    /// The tree Yams composes, through the conversion `YAMLSource` uses when it defers.
    private func yamsTree(_ text: String) throws -> SpecTree? {
        guard let root = try Yams.compose(yaml: text) else { return nil }
        var builder = SpecTreeBuilder()
        let node = builder.add(root)
        return builder.tree(root: node)
    }

    /// Composes `text` both ways; `true` when the composer built the tree itself.
    @discardableResult
    private func assertSameTree(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        guard case .composed(let root, _) = YAMLComposer.compose(text) else { return false }
        do {
            let expected = try yamsTree(text)
            let (actual, wanted) = (dump(root), dump(expected))
            let difference = zip(actual, wanted).first { $0 != $1 }
            XCTAssertNil(difference.map { "\($0) instead of \($1)" }, name, file: file, line: line)
            XCTAssertEqual(actual.count, wanted.count, name, file: file, line: line)
        } catch {
            XCTFail("\(name): composed a text Yams refuses: \(error)", file: file, line: line)
        }
        return true
    }

    func testSeedAndFixtureSpecsComposeAsYamsComposesThem() throws {
        let tests = FixtureTests.testsDirectory
        let roots = [tests.appendingPathComponent("Fixtures"), tests.deletingLastPathComponent().appendingPathComponent("input")]
        var specs: [URL] = []
        for root in roots {
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = files?.nextObject() as? URL {
                if url.lastPathComponent == ProjectLoader.specFileName { specs.append(url) }
            }
        }
        XCTAssertGreaterThan(specs.count, 40)
        var composed = 0
        for spec in specs {
            // Anchored specs are the alias bombs, whose expanded trees are too large to dump;
            // anchors and aliases are compared in the next test.
            guard let data = try? Data(contentsOf: spec), let text = String(data: data, encoding: .utf8), !text.contains("&") else { continue }
            if assertSameTree(text, spec.path) { composed += 1 }
        }
        XCTAssertGreaterThan(composed, specs.count / 2, "most specs need no deferral")
        let seed = try String(contentsOf: tests.deletingLastPathComponent().appendingPathComponent("input/jatiroto-2020/renja.yaml"), encoding: .utf8)
        XCTAssertTrue(assertSameTree(seed, "seed"), "the seed is composed without Yams' duplicate check")
    }

    func testStylesTagsAnchorsAndEscapesComposeAsYamsComposesThem() {
        let texts = [
            "a: plain\nb: 'single'\nc: \"double\"\nd: |\n  literal\n  text\ne: >\n  folded\n  text\n",
            "a: &x {p: 1, q: [1, 2, {r: s}]}\nb: *x\nc: &x 2\nd: *x\n",
            "!!map\na: !!str 1\nb: !custom x\nc: !!seq [1]\nd: ! plain\n",
            "a: \"\\uFEFFbom\"\nb: \"tab\\tnul\\0\"\nc: ~\nd:\ne: 'it''s'\n",
            "a: \"\\uFEFF\"\nb: x\u{FEFF}\nc: \u{FEFF}\nd: [\u{FEFF}, \u{FEFF}~]\n",
            "- 1\n- [2, 3]\n- {k: v}\n- - nested\n  - list\n",
            "\"x\": 1\n'y': 2\n? z\n: 3\n",
            "<<: {a: 1}\nb: 2\n",
            "ĳ: ü\n日本: 語\n",
            "plain scalar at the root\n",
            "",
            "# only a comment\n",
        ]
        for (index, text) in texts.enumerated() { assertSameTree(text, "text \(index)") }
        XCTAssertTrue(assertSameTree(texts[0], "styles"))
        XCTAssertTrue(assertSameTree(texts[1], "anchors"))
        XCTAssertTrue(assertSameTree(texts[4], "byte-order marks"), "a plain U+FEFF alone is composed, not deferred")
    }

    /// Null words and their near misses (a null word's length or first letter), as plain
    /// values and keys: the composer makes the same nulls as the conversion of Yams' tree.
    func testNullWordsAndNearMissesComposeAsYamsComposesThem() throws {
        let words = ["~", "null", "Null", "NULL", "nULL", "NUll", "nulL", "Nula", "nama", "nul", "nulls", "~~", "n", "None", "0"]
        let text = words.map { "- \($0)\n" }.joined() + "-\n- {nama: NUll, nulL: ~, Nula: , '~': nama}\n"
        XCTAssertTrue(assertSameTree(text, "near misses"))
        guard case .composed(let composed, _) = YAMLComposer.compose(text) else { return XCTFail("deferred") }
        let tree = try XCTUnwrap(composed)
        let items = tree.items(of: tree.root)
        XCTAssertEqual(items.map(\.isNull), [true, true, true, true] + Array(repeating: false, count: words.count - 4) + [true, false])
        let entries = try XCTUnwrap(items.last.map(tree.entries))
        XCTAssertEqual(entries.map { [$0.key.isNull, $0.value.isNull] }, [[false, false], [false, true], [false, true], [false, false]])
    }

    /// Containers share the composer's stacks of open items and entries: each must take
    /// exactly its own, before and after nested ones, and a long mapping (keys hashed into
    /// a set) must see only its own keys.
    func testNestedContainersTakeOnlyTheirOwnItems() {
        let longMapping = (0..<20).map { "k\($0): [\($0), {k\($0): \($0)}]" }.joined(separator: "\n")
        let texts = [
            "- [a, [b, c], d]\n- e\n- {f: [g, {h: i}], j: k}\n- [[], {}]\n",
            "a: {b: {c: [1, 2], d: 3}, e: [4]}\nf: 5\ng: {a: 1, f: 2}\n",
            "outer:\n  " + longMapping.replacingOccurrences(of: "\n", with: "\n  ") + "\nk1: after\n",
        ]
        for (index, text) in texts.enumerated() { XCTAssertTrue(assertSameTree(text, "text \(index)")) }
    }

    /// The size counted while composing replaces the budget's walk: for every budget, it is
    /// within exactly when the walk over Yams' tree of the same text finds no node over it.
    func testExpandedSizeAgreesWithTheBudgetWalk() throws {
        let texts = [
            "a: &x {p: 1, q: [1, 2, {r: s}]}\nb: *x\nc: &x 2\nd: *x\n",
            "a: &a [x, y]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c]\n",
            "- &s ĳ日本\n- *s\n- {*s : 1}\n- &s 2\n- *s\n",
            "plain\n",
            try String(contentsOf: FixtureTests.minimalExample.appendingPathComponent(ProjectLoader.specFileName), encoding: .utf8),
        ]
        for text in texts {
            guard case .composed(_, let size) = YAMLComposer.compose(text), let root = try Yams.compose(yaml: text) else { return XCTFail(text) }
            for maximumNodes in [1, 2, 5, 10, 20, 50, 100, 1_000, 1_000_000] {
                for maximumCharacters in [1, 3, 10, 30, 100, 1_000, 1 << 22] {
                    let budget = AliasExpansionBudget(maximumCharacters: maximumCharacters, maximumNodes: maximumNodes)
                    XCTAssertEqual(budget.allows(size), budget.firstNodeOverBudget(in: root) == nil, "\(text): \(maximumNodes) nodes, \(maximumCharacters) characters")
                }
            }
        }
    }

    func testExpandedSizeSaturatesInsteadOfOverflowing() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x]\n"
        for level in 1...40 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 8).joined(separator: ", ") + "]\n" }
        guard case .composed(_, let size) = YAMLComposer.compose(text) else { return XCTFail("deferred") }
        XCTAssertEqual(size.nodes, .max)
        XCTAssertFalse(AliasExpansionBudget().allows(size))
    }

    /// Short mappings compare a key with the keys before it, long ones keep a set from the
    /// 17th key on: a repeated text is found on both sides of that switch.
    func testRepeatedKeysAreFoundInShortAndLongMappings() {
        let keys = (1...20).map { "k\($0)" }
        func mapping(_ keys: [String]) -> String { keys.map { "\($0): 1\n" }.joined() }
        guard case .composed = YAMLComposer.compose(mapping(keys)) else { return XCTFail("20 distinct keys deferred") }
        for (position, repeated) in [(2, "k1"), (15, "k3"), (16, "k16"), (17, "k1"), (19, "k17"), (20, "k20")] {
            var withRepeat = keys
            withRepeat.insert(repeated, at: position)
            guard case .deferred = YAMLComposer.compose(mapping(withRepeat)) else { return XCTFail("\(repeated) at \(position)") }
        }
    }

    /// Keys are equal as `String`'s `==` has them, as in Yams' duplicate check: canonically
    /// equivalent texts are repeats though their bytes (and lengths) differ, in short and
    /// long mappings alike.
    func testCanonicallyEquivalentKeysAreRepeats() {
        let (composed, decomposed) = ("caf\u{E9}", "cafe\u{301}")
        XCTAssertNotEqual(composed.utf8.count, decomposed.utf8.count)
        guard case .deferred = YAMLComposer.compose("{\(composed): 1, \(decomposed): 2}\n") else { return XCTFail("short mapping") }
        let long = (1...18).map { "k\($0): 1\n" }.joined() + "\(composed): 1\n\(decomposed): 2\n"
        guard case .deferred = YAMLComposer.compose(long) else { return XCTFail("long mapping") }
    }

    /// Errors, second documents and keys with the same text are left to Yams.
    func testDefersWhatYamsMustDecide() {
        for text in ["a: 1\na: 2\n", "'1': a\n1: b\n", "a: [1\n", "a: *missing\n", "a: 1\n---\nb: 2\n", "? [k]\n: v\n", "\t- tab\n"] {
            guard case .deferred = YAMLComposer.compose(text) else { return XCTFail(text) }
        }
    }
}
