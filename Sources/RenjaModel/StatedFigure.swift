import Foundation

/// A figure that a source document states and that renja can also compute. renja prints the
/// computed one and warns when they differ, naming both and where the stated one stands.
public struct StatedFigure: Equatable, Sendable {
    /// What the figure is.
    public enum Quantity: Hashable, Sendable {
        /// BAB IV belanja langsung of year n (the sum of kegiatan pagu).
        case belanjaLangsung
        /// BAB IV total: belanja langsung + belanja tidak langsung.
        case totalAnggaran
        /// A programme's pagu in a year (the sum of its kegiatan).
        case paguProgram(program: String, tahun: Int)
        /// A T-C.29 cell of an indicator (K) or a programme or kegiatan (Rp), columns 12-14.
        case evaluasi(kode: String, kolom: Int, aspek: Aspek)
    }

    /// The K (kinerja, the indicator's unit) or Rp (budget) half of a T-C.29 column.
    public enum Aspek: String, Hashable, Sendable {
        case k
        case rp
    }

    public var quantity: Quantity
    public var value: Decimal
    public var location: SourceLocation

    public init(_ quantity: Quantity, value: Decimal, location: SourceLocation) {
        self.quantity = quantity
        self.value = value
        self.location = location
    }
}
