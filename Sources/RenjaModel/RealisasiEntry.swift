import Foundation

/// One CSV row of realisation: K for an indicator code, Rp for a kegiatan code.
public struct RealisasiEntry: Equatable, Sendable {
    public var tahun: Int
    /// 1-4 for quarterly figures (cumulative up to that quarter), `nil` for a whole period.
    public var triwulan: Int?
    /// An indicator code (with `k`) or a kegiatan code (with `rp`).
    public var kode: String
    public var k: Decimal?
    public var rp: Money?
    public var location: SourceLocation

    public init(tahun: Int, triwulan: Int?, kode: String, k: Decimal?, rp: Money?, location: SourceLocation) {
        self.tahun = tahun
        self.triwulan = triwulan
        self.kode = kode
        self.k = k
        self.rp = rp
        self.location = location
    }
}
