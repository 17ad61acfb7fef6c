/// The pagu of one programme or kegiatan in two versions, for years n and n+1.
public struct PaguComparisonRow: Equatable, Sendable {
    /// Whether the row is a programme (the sum of its kegiatan) or a kegiatan.
    public enum Jenis: String, Equatable, Sendable {
        case program
        case kegiatan
    }

    public var jenis: Jenis
    public var kode: String
    public var nama: String
    public var n: AmountChange
    public var nPlus1: AmountChange

    public init(jenis: Jenis, kode: String, nama: String, n: AmountChange, nPlus1: AmountChange) {
        self.jenis = jenis
        self.kode = kode
        self.nama = nama
        self.n = n
        self.nPlus1 = nPlus1
    }
}
