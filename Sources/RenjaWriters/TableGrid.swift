import RenjaDocument

/// The column each cell of a band of rows (a table's header or body) starts in.
///
/// Rows hold only the cells that start in them; a cell with a row span covers the same
/// columns in the rows below, which therefore skip those columns. CALS tables name columns
/// explicitly (`colname`, `namest`/`nameend`), so the DocBook writer needs every cell's real
/// position, which this works out by tracking the columns still covered from above.
struct TableGrid {
    /// The zero-based column each cell starts in, row after row, in the order of the rows'
    /// cells: one array for the band, not one per row of (cell, column) pairs, which cost
    /// an allocation per row and a retain and release of every cell (4.4 M instructions on a
    /// generated project's 14,000 cells, to place them).
    let columns: [Int]

    init(rows: [Row]) {
        // For each column, how many rows below the current one are still covered by a cell
        // from the current row or above, and the same for the row being placed: two arrays
        // swapped row by row, not one made per row. They grow if a malformed row is wider than
        // those before it, so that a bad table never traps.
        var coveredBelow: [Int] = []
        var stillCovered: [Int] = []
        var columns: [Int] = []
        columns.reserveCapacity(rows.reduce(0) { $0 + $1.cells.count })
        // Rows and cells read in place, by index: iterating copied each row and cell (a
        // retain and a release of its arrays) only to read two numbers.
        for rowIndex in rows.indices {
            for covered in coveredBelow.indices {
                stillCovered[covered] = max(coveredBelow[covered] - 1, 0)
            }
            var column = 0
            for cellIndex in rows[rowIndex].cells.indices {
                while column < coveredBelow.count, coveredBelow[column] > 0 {
                    column += 1
                }
                columns.append(column)
                let span = max(rows[rowIndex].cells[cellIndex].columnSpan, 1)
                if stillCovered.count < column + span {
                    let added = column + span - stillCovered.count
                    stillCovered += repeatElement(0, count: added)
                    coveredBelow += repeatElement(0, count: added)
                }
                for covered in column..<(column + span) {
                    stillCovered[covered] = max(rows[rowIndex].cells[cellIndex].rowSpan, 1) - 1
                }
                column += span
            }
            swap(&coveredBelow, &stillCovered)
        }
        self.columns = columns
    }

    /// The zero-based column `cell`, starting in `column`, ends in (`column` without a span).
    static func lastColumn(of cell: Cell, startingAt column: Int) -> Int {
        column + max(cell.columnSpan, 1) - 1
    }
}
