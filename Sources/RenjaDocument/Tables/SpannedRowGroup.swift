import RenjaCompute
/// One thing (a kegiatan, a sasaran, a programme) printed over several rows, one per indicator:
/// some columns hold one cell spanning all of the rows (the name, the budget), the others one
/// cell per row (the indicator, its target).
struct SpannedRowGroup {
    /// One column of the group.
    enum Column {
        /// A cell printed once, spanning every row of the group.
        case spanning(Cell)
        /// One cell per row; a column shorter than the group is padded with "-".
        case perRow([Cell])
    }

    var role: Row.Role = .normal
    var columns: [Column]

    /// The number of rows: the longest per-row column, and at least one.
    var height: Int {
        columns.reduce(1) { height, column in
            if case .perRow(let cells) = column { return max(height, cells.count) }
            return height
        }
    }

    /// The rows, with the spanning cells in the first one only (as in HTML), each row's cells
    /// reserved at the number of columns (`compactMap` grew every row's array from empty).
    var rows: [Row] {
        let height = height
        return (0..<height).map { index in
            var cells = SpannedRowCells(index: index, height: height, capacity: columns.count)
            for column in columns {
                switch column {
                case .spanning(let cell):
                    cells.spanning(cell)
                case .perRow(let perRow):
                    cells.perRow(index < perRow.count ? perRow[index] : nil)
                }
            }
            return Row(role: role, cells: cells.cells)
        }
    }
}

extension Array where Element == Row {
    /// These rows with `leading` cells put in front of the first row, spanning all of them:
    /// how a programme's number and name stand beside the rows of its kegiatan. With no rows
    /// (a programme without kegiatan) the leading cells still get one row, with `emptyWidth`
    /// "-" cells beside them.
    func spanned(by leading: [Cell], emptyWidth: Int) -> [Row] {
        let rows = isEmpty ? [Row(cells: Array<Cell>(repeating: .centered(RenjaFormatter.absent), count: emptyWidth))] : self
        var first = rows[0]
        first.cells = leading.map { cell in
            var spanning = cell
            spanning.rowSpan = rows.count
            return spanning
        } + first.cells
        return [first] + rows.dropFirst()
    }
}
