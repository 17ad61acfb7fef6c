import Foundation
import RenjaModel

/// The number formatting the table builders need. `RenjaFormatter` (RenjaCompute) provides it,
/// so that the whole tool prints numbers one way; the builders never format a number themselves.
protocol TableFormatting {
    /// A figure in an indicator's unit, e.g. `23 Jenis`, `87%`.
    func kinerja(_ value: Decimal, satuan: String) -> String
    /// An amount in a table cell, without the `Rp` prefix, e.g. `1.814.088.000`.
    func rupiah(_ amount: Money) -> String
    /// A plain number, e.g. `85`, `99,34`.
    func angka(_ value: Decimal) -> String
    /// A percentage, e.g. `25,83%`.
    func persen(_ value: Decimal) -> String
}
