import RenjaDocument
import RenjaXML

/// The attribute a cell's alignment is written as (`align` in DocBook, a class in HTML),
/// prepared once per writer for the two alignments that write one; a left-aligned cell
/// writes none.
struct AlignmentAttribute {
    private let center: XMLPreparedAttribute
    private let right: XMLPreparedAttribute

    /// `name` with the value `value(alignment)`, prepared in `out` for centred and
    /// right-aligned cells.
    init(_ name: String, in out: XMLMarkupWriter, value: (Cell.Alignment) -> String) {
        center = out.prepare(name, value(.center))
        right = out.prepare(name, value(.right))
    }

    /// Adds the attribute for `alignment`, if it has one, to the element just started in
    /// `out`. Each is handed over straight from where it is kept: chosen through an optional
    /// first, it was retained and released on every table cell.
    func write(_ alignment: Cell.Alignment, into out: XMLMarkupWriter) {
        switch alignment {
        case .left:
            break
        case .center:
            out.attribute(center)
        case .right:
            out.attribute(right)
        }
    }
}
