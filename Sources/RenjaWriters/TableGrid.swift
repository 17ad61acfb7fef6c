import RenjaDocument

/// The column each cell of a band of rows (a table's header or body) starts in.
///
/// Rows hold only the cells that start in them; a cell with a row span covers the same
/// columns in the rows below, which therefore skip those columns. CALS tables name columns
/// explicitly (`colname`, `namest`/`nameend`), so the DocBook writer needs every cell's real
/// position, which this works out by tracking the columns still covered from above.
struct TableGrid {
    /// A cell and the zero-based column it starts in.
    struct PlacedCell {
        var cell: Cell
        var column: Int

        /// The zero-based column the cell ends in (the same as `column` without a span).
        var lastColumn: Int { column + max(cell.columnSpan, 1) - 1 }
    }

    /// One array of placed cells per row, in the order of `rows`.
    let rows: [[PlacedCell]]

    init(rows: [Row]) {
        // For each column, how many rows below the current one are still covered by a cell
        // from the current row or above. The array grows if a malformed row is wider than
        // those before it, so that a bad table never traps.
        var coveredBelow: [Int] = []
        // Both arrays are made at their final size: grown by appending, they were reallocated
        // a few times per row (2.6 M instructions on a generated project's 14,000 cells).
        var placedRows: [[PlacedCell]] = []
        placedRows.reserveCapacity(rows.count)
        for row in rows {
            var stillCovered = coveredBelow.map { max($0 - 1, 0) }
            var column = 0
            var placed: [PlacedCell] = []
            placed.reserveCapacity(row.cells.count)
            for cell in row.cells {
                while column < coveredBelow.count, coveredBelow[column] > 0 {
                    column += 1
                }
                placed.append(PlacedCell(cell: cell, column: column))
                let span = max(cell.columnSpan, 1)
                if stillCovered.count < column + span {
                    stillCovered += Array(repeating: 0, count: column + span - stillCovered.count)
                }
                for covered in column..<(column + span) {
                    stillCovered[covered] = max(cell.rowSpan, 1) - 1
                }
                column += span
            }
            placedRows.append(placed)
            coveredBelow = stillCovered
        }
        self.rows = placedRows
    }
}
