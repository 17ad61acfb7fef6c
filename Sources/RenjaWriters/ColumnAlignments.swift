import RenjaDocument

/// The alignment each column of a CALS table gives its entries: its `colspec`'s `align`, which
/// an entry inherits unless it writes its own.
///
/// A column takes the alignment most of the body's cells starting in it have; left (no
/// `align`) when there is a tie or no cell. Entries then write `align` only where they differ
/// from their column. Why: numbers repeat their column's right alignment on most entries of a
/// generated project (8,600 of 14,000), and libxml2's RELAX NG validation pays ~2,200
/// instructions for each optional attribute an entry carries. CALS readers inherit an entry's
/// alignment from the colspec of its first column (`colname` or `namest`): DocBook XSL does,
/// and pandoc reads table alignment from the colspecs only.
struct ColumnAlignments {
    private let alignments: [Cell.Alignment]

    /// The alignments of `columnCount` columns, from `rows` whose cells start in `columns`
    /// (`TableGrid`'s, in the order of the rows' cells).
    init(of rows: [Row], startingIn columns: [Int], columnCount: Int) {
        // Cells per column and alignment, in `Cell.Alignment`'s order: left, center, right.
        var counts = [Int](repeating: 0, count: columnCount * 3)
        var cellIndex = 0
        for row in rows {
            for cell in row.cells {
                let column = columns[cellIndex]
                cellIndex += 1
                // A malformed row wider than the table has no colspec to inherit from.
                guard column < columnCount else { continue }
                counts[column * 3 + Self.slot(of: cell.alignment)] += 1
            }
        }
        alignments = (0..<columnCount).map { column in
            let left = counts[column * 3]
            let center = counts[column * 3 + 1]
            let right = counts[column * 3 + 2]
            if right > left, right > center {
                return .right
            }
            if center > left, center > right {
                return .center
            }
            return .left
        }
    }

    /// The alignment entries starting in the zero-based `column` inherit; left past the last.
    subscript(column: Int) -> Cell.Alignment {
        column < alignments.count ? alignments[column] : .left
    }

    private static func slot(of alignment: Cell.Alignment) -> Int {
        switch alignment {
        case .left: 0
        case .center: 1
        case .right: 2
        }
    }
}
