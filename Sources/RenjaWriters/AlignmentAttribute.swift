import RenjaDocument
import RenjaXML

/// The attribute a cell's alignment is written as (`align` in DocBook, a class in HTML),
/// prepared once per writer. Left is the default: a left-aligned cell writes none, unless it
/// must override an alignment it would inherit (a DocBook column's).
struct AlignmentAttribute {
    private let left: XMLPreparedAttribute
    private let center: XMLPreparedAttribute
    private let right: XMLPreparedAttribute

    /// `name` with the value `value(alignment)`, prepared in `out` for each alignment.
    init(_ name: String, in out: XMLMarkupWriter, value: (Cell.Alignment) -> String) {
        left = out.prepare(name, value(.left))
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

    /// Adds the attribute for `alignment` to the element just started in `out` if it differs
    /// from the alignment the element would otherwise `inherit`, left included.
    func write(_ alignment: Cell.Alignment, inheriting inherited: Cell.Alignment, into out: XMLMarkupWriter) {
        guard alignment != inherited else {
            return
        }
        if alignment == .left {
            out.attribute(left)
        } else {
            write(alignment, into: out)
        }
    }
}
