@testable import RenjaDocument
import XCTest

/// The placement rule of rows printed as a group (T-C.29, T-C.31, T-C.33, Tabel 4.2 and the
/// tables built on `SpannedRowGroup` or `spanned(by:emptyWidth:)`): as many rows as the longest
/// per-row column, at least one; spanning cells in the first row only; "-" for a missing per-row cell.
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

    func testRowsAreAsManyAsTheLongestColumnAndAtLeastOne() {
        let letters = ["a", "b"]
        let rows = SpannedRowCells.rows(longestColumn: letters.count, role: .group, capacity: (first: 3, later: 2)) { cells in
            cells.spanning(.centered("1"))
            cells.perRow(of: letters) { .prose(letters[$0]) }
            cells.perRow(of: ["x"]) { _ in .figure("9") }
        }
        XCTAssertEqual(rows, [
            Row(role: .group, cells: [Cell(text: "1", rowSpan: 2, alignment: .center), Cell(text: "a"), Cell(text: "9", alignment: .right)]),
            Row(role: .group, cells: [Cell(text: "b"), Cell(text: "-", alignment: .center)]),
        ])
        let empty = SpannedRowCells.rows(longestColumn: 0, capacity: (first: 2, later: 1)) { cells in
            cells.spanning(.centered("1"))
            cells.perRow(of: [String]()) { _ in .prose("never") }
        }
        XCTAssertEqual(empty, [Row(cells: [Cell(text: "1", alignment: .center), Cell(text: "-", alignment: .center)])])
    }

    func testLeadingCellsSpanTheRowsBesideThemOrOneRowOfDashes() {
        let rows = [Row(cells: [Cell(text: "a"), Cell(text: "x", rowSpan: 2)]), Row(cells: [Cell(text: "b")])]
            .spanned(by: [.centered("1"), .prose("P")], emptyWidth: 2)
        XCTAssertEqual(rows, [
            Row(cells: [Cell(text: "1", rowSpan: 2, alignment: .center), Cell(text: "P", rowSpan: 2), Cell(text: "a"), Cell(text: "x", rowSpan: 2)]),
            Row(cells: [Cell(text: "b")]),
        ])
        XCTAssertEqual([Row]().spanned(by: [.centered("1")], emptyWidth: 2), [
            Row(cells: [Cell(text: "1", alignment: .center), Cell(text: "-", alignment: .center), Cell(text: "-", alignment: .center)]),
        ])
    }
}
