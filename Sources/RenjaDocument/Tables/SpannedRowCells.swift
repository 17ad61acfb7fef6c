import RenjaCompute

/// The cells of one row of a group printed over several rows (one per indicator), placed by the
/// rule every such table follows: the group is as tall as its longest per-row column, and at
/// least one row; a cell printed once for the group goes into the first row only, spanning all
/// of the group's rows; a per-row cell a row lacks prints "-".
/// `SpannedRowGroup` places its cells with it column by column, and `spanned(by:emptyWidth:)` a
/// programme's leading cells; the large tables (T-C.29, T-C.31, T-C.33, Tabel 4.2) cell by cell
/// through `rows(longestColumn:...)`, without the columns' intermediate arrays.
struct SpannedRowCells {
    /// The row's position in its group, from 0.
    let index: Int
    /// The number of rows of the group.
    let height: Int
    private(set) var cells: [Cell] = []

    init(index: Int, height: Int, capacity: Int) {
        self.index = index
        self.height = height
        cells.reserveCapacity(capacity)
    }

    /// The rows of a group whose longest per-row column has `longestColumn` cells (one row at
    /// least), each filled by `fill`. Each row's cells are reserved at `capacity.first` in the
    /// first row, which also holds the spanning cells, and at `capacity.later` in the others.
    /// Inlined into each table, where `fill` usually is too; T-C.29's large `fill` stays a call
    /// per row (~0.03 M instructions on a generated project, accepted for the shared rule).
    @inline(__always)
    static func rows(
        longestColumn: Int, role: Row.Role = .normal, capacity: (first: Int, later: Int),
        _ fill: (inout SpannedRowCells) -> Void
    ) -> [Row] {
        let height = max(longestColumn, 1)
        return (0..<height).map { index in
            var cells = SpannedRowCells(index: index, height: height, capacity: index == 0 ? capacity.first : capacity.later)
            fill(&cells)
            return Row(role: role, cells: cells.cells)
        }
    }

    /// A cell printed once for the group: made and placed in the first row only, spanning the group.
    /// Inlined, so that no closure is made (and no cell copied into one) for the other rows.
    @inline(__always)
    mutating func spanning(_ cell: @autoclosure () -> Cell) {
        guard index == 0 else { return }
        var spanning = cell()
        spanning.rowSpan = height
        cells.append(spanning)
    }

    /// This row's cell of a per-row column; `nil` where the column has none for this row ("-").
    @inline(__always)
    mutating func perRow(_ cell: Cell?) {
        cells.append(cell ?? .centered(RenjaFormatter.absent))
    }

    /// This row's cell of a per-row column drawn from `column`, made by `cell` from this row's
    /// index; "-" where `column` is shorter than the group. The cell reads its element in
    /// place (`column[$0]`): handed over as a value, the element was copied for every cell.
    @inline(__always)
    mutating func perRow<Element>(of column: [Element], _ cell: (Int) -> Cell) {
        perRow(index < column.count ? cell(index) : nil)
    }
}
