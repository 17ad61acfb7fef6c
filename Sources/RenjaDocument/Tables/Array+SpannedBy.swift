import RenjaCompute

extension Array where Element == Row {
    /// These rows with `leading` cells put in front of the first row, spanning all of them:
    /// how a programme's number and name stand beside the rows of its kegiatan. With no rows
    /// (a programme without kegiatan) the leading cells still get one row, with `emptyWidth`
    /// "-" cells beside them. The leading cells are placed by `SpannedRowCells`' rule, the
    /// first row's own cells after them as its per-row cells.
    func spanned(by leading: [Cell], emptyWidth: Int) -> [Row] {
        let rows = isEmpty ? [Row(cells: Array<Cell>(repeating: .centered(RenjaFormatter.absent), count: emptyWidth))] : self
        var first = rows[0]
        var cells = SpannedRowCells(index: 0, height: rows.count, capacity: leading.count + first.cells.count)
        for cell in leading {
            cells.spanning(cell)
        }
        for cell in first.cells {
            cells.perRow(cell)
        }
        first.cells = cells.cells
        return [first] + rows.dropFirst()
    }
}
