import Foundation

/// A performance indicator: of a sasaran (outcome of the OPD), a programme (outcome) or a
/// kegiatan (output). Targets are per year, in the indicator's unit.
public struct Indikator: Equatable, Sendable {
    /// How the K (kinerja) figures of several periods combine into one (T-C.29 column 13).
    public enum KRule: String, Equatable, Sendable, CaseIterable {
        /// Cumulative counts add up: 13 = 6 + 12.
        case jumlah
        /// A level (an index, a percentage) is taken from the latest period.
        case terakhir
        /// A rate is averaged over the periods that report one.
        case rataRata = "rata-rata"
    }

    public var kode: String
    public var uraian: String
    /// The unit targets are counted in: `%`, `Jenis`, `Dokumen`, `Desa`, `orang`, `nilai` ...
    public var satuan: String
    /// `nil` means the default for the unit (see `RenjaCompute`).
    public var aturanK: KRule?
    /// Target per year; a missing year has no target ("-").
    public var target: [Int: Decimal]
    /// How a sasaran indicator is measured (Tabel 2.1, 3.1); `nil` for programme and kegiatan indicators.
    public var pengukuran: Pengukuran?
    public var location: SourceLocation

    public init(
        kode: String, uraian: String, satuan: String, aturanK: KRule? = nil, target: [Int: Decimal],
        pengukuran: Pengukuran? = nil, location: SourceLocation
    ) {
        self.kode = kode
        self.uraian = uraian
        self.satuan = satuan
        self.aturanK = aturanK
        self.target = target
        self.pengukuran = pengukuran
        self.location = location
    }
}
