import RenjaCompute

/// The cells of one row of a group printed over several rows (one per indicator), placed by the
/// rule every such table follows: a cell printed once for the group goes into the first row
/// only, spanning all of the group's rows; a per-row cell a row lacks prints "-".
/// `SpannedRowGroup` builds its rows with it column by column, and T-C.29, the largest table,
/// cell by cell without the columns' intermediate arrays.
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
}
