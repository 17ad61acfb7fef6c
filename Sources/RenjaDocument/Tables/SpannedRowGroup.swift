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

    /// The rows, with the spanning cells in the first one only (as in HTML), each row's cells
    /// reserved at the number of columns (`compactMap` grew every row's array from empty).
    var rows: [Row] {
        let longestColumn = columns.reduce(0) { longest, column in
            if case .perRow(let cells) = column { return max(longest, cells.count) }
            return longest
        }
        return SpannedRowCells.rows(longestColumn: longestColumn, role: role, capacity: (first: columns.count, later: columns.count)) { cells in
            for column in columns {
                switch column {
                case .spanning(let cell):
                    // Bound on every row though placed in the first only: ~0.13 M instructions on a
                    // generated project, accepted for one placement rule shared with the large tables.
                    cells.spanning(cell)
                case .perRow(let perRow):
                    cells.perRow(of: perRow) { perRow[$0] }
                }
            }
        }
    }
}
