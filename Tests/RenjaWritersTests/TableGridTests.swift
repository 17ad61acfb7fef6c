import RenjaDocument
import XCTest

@testable import RenjaWriters

final class TableGridTests: XCTestCase {
    private func columns(_ rows: [Row]) -> [[Int]] {
        TableGrid(rows: rows).rows.map { $0.map(\.column) }
    }

    func testCellsWithoutSpansTakeConsecutiveColumns() {
        let rows = [Row(cells: [Cell(text: "a"), Cell(text: "b"), Cell(text: "c")])]
        XCTAssertEqual(columns(rows), [[0, 1, 2]])
    }

    func testRowSpanInFirstColumnPushesLaterRowsRightAndColumnSpansFollow() {
        let rows = [
            Row(cells: [Cell(text: "1", rowSpan: 3), Cell(text: "ab", columnSpan: 2), Cell(text: "c")]),
            Row(cells: [Cell(text: "a"), Cell(text: "bc", columnSpan: 2)]),
            Row(cells: [Cell(text: "abc", columnSpan: 3)]),
            Row(cells: [Cell(text: "x"), Cell(text: "y"), Cell(text: "z"), Cell(text: "w")]),
        ]
        let grid = TableGrid(rows: rows)
        XCTAssertEqual(grid.rows.map { $0.map(\.column) }, [[0, 1, 3], [1, 2], [1], [0, 1, 2, 3]])
        XCTAssertEqual(grid.rows.map { $0.map(\.lastColumn) }, [[0, 2, 3], [1, 3], [3], [0, 1, 2, 3]])
    }

    func testRowSpanInTheMiddleIsSkippedOnlyWhileItLasts() {
        let rows = [
            Row(cells: [Cell(text: "a"), Cell(text: "b", rowSpan: 2), Cell(text: "c")]),
            Row(cells: [Cell(text: "a"), Cell(text: "c")]),
            Row(cells: [Cell(text: "a"), Cell(text: "b"), Cell(text: "c")]),
        ]
        XCTAssertEqual(columns(rows), [[0, 1, 2], [0, 2], [0, 1, 2]])
    }

    func testColumnSpanningCellWithRowSpanCoversAllItsColumnsBelow() {
        let rows = [
            Row(cells: [Cell(text: "ab", columnSpan: 2, rowSpan: 2), Cell(text: "c")]),
            Row(cells: [Cell(text: "c")]),
            Row(cells: [Cell(text: "a"), Cell(text: "b"), Cell(text: "c")]),
        ]
        XCTAssertEqual(columns(rows), [[0, 2], [2], [0, 1, 2]])
    }

    func testRowWiderThanThoseAboveDoesNotTrap() {
        let rows = [
            Row(cells: [Cell(text: "a", rowSpan: 2)]),
            Row(cells: [Cell(text: "b"), Cell(text: "c", columnSpan: 2)]),
        ]
        XCTAssertEqual(columns(rows), [[0], [1, 2]])
    }
}
