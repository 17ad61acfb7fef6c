import RenjaDocument
import XCTest

/// Lays out rows as a printed table does (a cell takes the next free column of its row;
/// row spans reserve columns in the rows below) and reports everything that would make the
/// grid ragged: a row of the wrong width, overlapping cells, a span leaving its section.
enum TablesGrid {
    static func problems(_ rows: [Row], width: Int, section: String) -> [String] {
        var occupied = Array(repeating: Array(repeating: false, count: width), count: rows.count)
        var problems: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while column < width, occupied[rowIndex][column] { column += 1 }
                guard column + cell.columnSpan <= width else {
                    problems.append("\(section) row \(rowIndex): cell '\(cell.plainText)' runs past column \(width)")
                    break
                }
                guard rowIndex + cell.rowSpan <= rows.count else {
                    problems.append("\(section) row \(rowIndex): cell '\(cell.plainText)' spans past the last row")
                    break
                }
                for r in rowIndex..<(rowIndex + cell.rowSpan) {
                    for c in column..<(column + cell.columnSpan) {
                        if occupied[r][c] { problems.append("\(section) row \(r) column \(c): cells overlap") }
                        occupied[r][c] = true
                    }
                }
                column += cell.columnSpan
            }
            let filled = occupied[rowIndex].filter { $0 }.count
            if filled != width {
                problems.append("\(section) row \(rowIndex): \(filled) of \(width) columns filled")
            }
        }
        return problems
    }

    /// Asserts that header and body each form a rectangle as wide as the table.
    static func assertRectangular(_ table: Table, file: StaticString = #filePath, line: UInt = #line) {
        let width = table.columnCount
        XCTAssertGreaterThan(width, 0, "\(table.id) has no columns", file: file, line: line)
        let problems = problems(table.header, width: width, section: "\(table.id) header")
            + problems(table.body, width: width, section: "\(table.id) body")
        XCTAssertEqual(problems, [], file: file, line: line)
    }
}
