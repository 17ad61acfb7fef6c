@testable import RenjaLoader
import XCTest

/// `MappingFields` searches the mapping's entries as the dictionary it replaced looked them up.
final class MappingFieldsTests: XCTestCase {
    func testTheLastOfTwoKeysWithTheSameTextWinsAndOtherKindsOfKeyNeverMatch() {
        var builder = SpecTreeBuilder()
        func scalar(_ text: String, plain: Bool = true, line: Int = 1) -> SpecNode {
            builder.scalar(text, isPlain: plain, at: YAMLPosition(line: line, column: 1))
        }
        let mark = builder.entriesMark
        builder.appendEntry(key: scalar("1", plain: false), value: scalar("first", line: 1))
        let listMark = builder.itemsMark
        builder.appendItem(scalar("1"))
        builder.appendEntry(key: builder.sequence(itemsSince: listMark, at: YAMLPosition(line: 2, column: 1)), value: scalar("list key", line: 2))
        builder.appendEntry(key: scalar("1"), value: scalar("second", line: 3))
        builder.appendEntry(key: scalar("nama"), value: scalar("Kecamatan", line: 4))
        let mapping = builder.mapping(entriesSince: mark, at: YAMLPosition(line: 1, column: 1))
        let tree = builder.tree(root: mapping)
        let fields = MappingFields(node: mapping, path: "opd", tree: tree)
        XCTAssertEqual(fields["1"].flatMap(tree.text), "second")
        XCTAssertEqual(fields["nama"].flatMap(tree.text), "Kecamatan")
        XCTAssertNil(fields["jenis"])
        XCTAssertEqual(fields.path(of: "nama"), "opd.nama")
    }

    /// Yams composes `'1'` and `1` as two keys (their tags differ); a field read sees the second.
    func testComposedKeysThatOnlyTagsTellApartReadAsTheLast() throws {
        let text = "'1': a\n1: b\n"
        let tree = try XCTUnwrap(YAMLSource(file: "r.yaml", text: text).compose().tree)
        let fields = try XCTUnwrap(SpecReader(file: "r.yaml", tree: tree, text: text).fields(tree.root, path: "", keys: ["1"]))
        XCTAssertEqual(fields["1"].flatMap(tree.text), "b")
    }
}
