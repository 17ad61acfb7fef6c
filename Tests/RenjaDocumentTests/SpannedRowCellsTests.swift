@testable import RenjaDocument
import XCTest

/// The placement rule of rows printed as a group (T-C.29 and the tables built on
/// `SpannedRowGroup`): spanning cells in the first row only, "-" for a missing per-row cell.
final class SpannedRowCellsTests: XCTestCase {
    func testTheFirstRowHoldsTheSpanningCellsAcrossTheGroup() {
        var first = SpannedRowCells(index: 0, height: 3, capacity: 3)
        first.spanning(.centered("1"))
        first.perRow(.prose("a"))
        first.spanning(.figure("100"))
        XCTAssertEqual(first.cells, [
            Cell(text: "1", rowSpan: 3, alignment: .center), Cell(text: "a"), Cell(text: "100", rowSpan: 3, alignment: .right),
        ])
    }

    func testLaterRowsSkipSpanningCellsWithoutMakingThem() {
        var second = SpannedRowCells(index: 1, height: 3, capacity: 1)
        var made = 0
        func counted(_ cell: Cell) -> Cell {
            made += 1
            return cell
        }
        second.spanning(counted(.centered("1")))
        second.perRow(.prose("b"))
        XCTAssertEqual(second.cells, [Cell(text: "b")])
        XCTAssertEqual(made, 0)
    }

    func testAMissingPerRowCellPrintsACentredDash() {
        var row = SpannedRowCells(index: 2, height: 3, capacity: 1)
        row.perRow(nil)
        XCTAssertEqual(row.cells, [Cell(text: "-", alignment: .center)])
    }

    func testSpannedRowGroupPadsShortColumnsAndSpansTheRest() {
        let rows = SpannedRowGroup(role: .group, columns: [
            .spanning(.centered("1")),
            .perRow([.prose("a"), .prose("b")]),
            .perRow([.figure("9")]),
        ]).rows
        XCTAssertEqual(rows, [
            Row(role: .group, cells: [Cell(text: "1", rowSpan: 2, alignment: .center), Cell(text: "a"), Cell(text: "9", alignment: .right)]),
            Row(role: .group, cells: [Cell(text: "b"), Cell(text: "-", alignment: .center)]),
        ])
    }
}
