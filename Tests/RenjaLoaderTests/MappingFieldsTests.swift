@testable import RenjaLoader
import XCTest

/// `MappingFields` searches the mapping's entries as the dictionary it replaced looked them up.
final class MappingFieldsTests: XCTestCase {
    private func scalar(_ text: String, plain: Bool = true, line: Int = 1) -> SpecNode {
        .scalar(SpecScalar(text: text, isPlain: plain, position: YAMLPosition(line: line, column: 1)))
    }

    func testTheLastOfTwoKeysWithTheSameTextWinsAndOtherKindsOfKeyNeverMatch() {
        let entries: [(key: SpecNode, value: SpecNode)] = [
            (scalar("1", plain: false), scalar("first", line: 1)),
            (.sequence([scalar("1")], at: YAMLPosition(line: 2, column: 1)), scalar("list key", line: 2)),
            (scalar("1"), scalar("second", line: 3)),
            (scalar("nama"), scalar("Kecamatan", line: 4)),
        ]
        let fields = MappingFields(node: .mapping(entries, at: YAMLPosition(line: 1, column: 1)), path: "opd", entries: entries)
        XCTAssertEqual(fields["1"]?.scalar?.text, "second")
        XCTAssertEqual(fields["nama"]?.scalar?.text, "Kecamatan")
        XCTAssertNil(fields["jenis"])
        XCTAssertEqual(fields.path(of: "nama"), "opd.nama")
    }

    /// Yams composes `'1'` and `1` as two keys (their tags differ); a field read sees the second.
    func testComposedKeysThatOnlyTagsTellApartReadAsTheLast() throws {
        let root = try XCTUnwrap(YAMLSource(file: "r.yaml", text: "'1': a\n1: b\n").compose().root)
        let fields = try XCTUnwrap(SpecReader(file: "r.yaml").fields(root, path: "", keys: ["1"]))
        XCTAssertEqual(fields["1"]?.scalar?.text, "b")
    }
}
