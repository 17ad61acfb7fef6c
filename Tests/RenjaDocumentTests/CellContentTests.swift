import XCTest
@testable import RenjaDocument

/// A cell of one plain text is stored as just its text; these pin that the storage is
/// invisible: equal contents make equal cells, and `content` reads back what was given.
final class CellContentTests: XCTestCase {
    func testATextCellEqualsTheSameTextGivenAsInlines() {
        XCTAssertEqual(Cell(text: "12,5", alignment: .right), Cell([.text("12,5")], alignment: .right))
        XCTAssertNotEqual(Cell(text: "12,5"), Cell([.text("12"), .text(",5")]))
        XCTAssertNotEqual(Cell(text: ""), Cell([]))
    }

    func testContentReadsBackWhatWasGiven() {
        XCTAssertEqual(Cell(text: "Jumlah").content, [.text("Jumlah")])
        XCTAssertEqual(Cell([]).content, [])
        let mixed: [Inline] = [.text("lihat "), .reference(id: "bab-1", label: nil)]
        XCTAssertEqual(Cell(mixed).content, mixed)
    }

    func testSoleTextIsGivenOnlyForOneText() {
        XCTAssertEqual(Cell(text: "a").soleText, "a")
        XCTAssertEqual(Cell([.text("a")]).soleText, "a")
        XCTAssertNil(Cell([]).soleText)
        XCTAssertNil(Cell([.strong([.text("a")])]).soleText)
        XCTAssertNil(Cell([.text("a"), .lineBreak, .text("b")]).soleText)
    }

    func testSettingContentKeepsEqualityWithTheSameContentMadeAnotherWay() {
        var cell = Cell([.reference(id: "bab-1", label: nil)])
        cell.content = [.text("BAB I")]
        XCTAssertEqual(cell, Cell(text: "BAB I"))
        XCTAssertEqual(cell.soleText, "BAB I")
        cell.content = [.emphasis([.text("BAB I")])]
        XCTAssertNil(cell.soleText)
        XCTAssertEqual(cell, Cell([.emphasis([.text("BAB I")])]))
    }

    func testADumpPrintsBothMakingsAlike() {
        func dump(_ cell: Cell) -> String {
            let table = Table(id: "t", caption: [], header: [], body: [Row(cells: [cell])])
            let section = Section(id: "s", kind: .front, title: "S", blocks: [.table(table)])
            return DocumentDumper().dump(Document(coverLines: [], title: "x", sections: [section]))
        }
        XCTAssertEqual(dump(Cell(text: "a", columnSpan: 2)), dump(Cell([.text("a")], columnSpan: 2)))
        XCTAssertTrue(dump(Cell(text: "a", columnSpan: 2)).contains("[\"a\" cs=2]"))
    }
}
