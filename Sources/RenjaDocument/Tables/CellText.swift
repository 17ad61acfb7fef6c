import Foundation
import RenjaModel

/// The text of table cells: numbers go through the formatter, and an absent value prints the
/// one placeholder, "-", wherever it occurs.
struct CellText {
    /// What an absent figure prints as.
    static let missing = "-"

    let formatter: any TableFormatting

    func kinerja(_ value: Decimal?, satuan: String) -> String {
        value.map { formatter.kinerja($0, satuan: satuan) } ?? Self.missing
    }

    func rupiah(_ amount: Money?) -> String {
        amount.map(formatter.rupiah) ?? Self.missing
    }

    func angka(_ value: Decimal?) -> String {
        value.map(formatter.angka) ?? Self.missing
    }

    func persen(_ value: Decimal?) -> String {
        value.map(formatter.persen) ?? Self.missing
    }
}
