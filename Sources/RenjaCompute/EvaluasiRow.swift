import RenjaModel

/// One row (group) of T-C.29: a programme or a kegiatan with the K cells of each of its
/// indicators and one set of Rp cells. A programme's Rp cells are the sums of its kegiatan.
public struct EvaluasiRow: Equatable, Sendable {
    /// Whether the row is a programme or one of its kegiatan.
    public enum Jenis: String, Equatable, Sendable {
        case program
        case kegiatan
    }

    /// The row's number in the "No" column, counting programmes and kegiatan alike from 1.
    public var nomor: Int
    public var jenis: Jenis
    public var kode: String
    public var nama: String
    /// Column 2: the kegiatan's group, else its programme's; `nil` prints "-".
    public var kelompokSasaran: String?
    /// One entry per indicator, in the plan's order; the table prints them as sub-rows.
    public var indikator: [IndikatorEvaluasi]
    public var rp: EvaluasiCells<Money>

    public init(
        nomor: Int, jenis: Jenis, kode: String, nama: String, kelompokSasaran: String?,
        indikator: [IndikatorEvaluasi], rp: EvaluasiCells<Money>
    ) {
        self.nomor = nomor
        self.jenis = jenis
        self.kode = kode
        self.nama = nama
        self.kelompokSasaran = kelompokSasaran
        self.indikator = indikator
        self.rp = rp
    }
}
