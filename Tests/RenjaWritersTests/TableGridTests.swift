import RenjaDocument
import XCTest

@testable import RenjaWriters

final class TableGridTests: XCTestCase {
    /// The grid's columns cut into rows.
    private func columns(_ rows: [Row]) -> [[Int]] {
        var columns = TableGrid(rows: rows).columns[...]
        return rows.map { row in
            defer { columns = columns.dropFirst(row.cells.count) }
            return Array(columns.prefix(row.cells.count))
        }
    }

    private func lastColumns(_ rows: [Row]) -> [[Int]] {
        zip(rows, columns(rows)).map { row, columns in
            zip(row.cells, columns).map { TableGrid.lastColumn(of: $0, startingAt: $1) }
        }
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
        XCTAssertEqual(columns(rows), [[0, 1, 3], [1, 2], [1], [0, 1, 2, 3]])
        XCTAssertEqual(lastColumns(rows), [[0, 2, 3], [1, 3], [3], [0, 1, 2, 3]])
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

    /// A row span ends after its rows, also when a wider row came between (the arrays for
    /// this row and the next are reused and grown together).
    func testRowSpansEndAfterTheirRowsAcrossAWiderRow() {
        let rows = [
            Row(cells: [Cell(text: "a", rowSpan: 3), Cell(text: "b")]),
            Row(cells: [Cell(text: "b"), Cell(text: "c", columnSpan: 2, rowSpan: 2)]),
            Row(cells: [Cell(text: "b"), Cell(text: "e")]),
            Row(cells: [Cell(text: "a"), Cell(text: "b"), Cell(text: "c"), Cell(text: "d")]),
        ]
        XCTAssertEqual(columns(rows), [[0, 1], [1, 2], [1, 4], [0, 1, 2, 3]])
    }
}
