import Foundation

/// One service-performance indicator of T-C.30: targets, realisation and projection by year.
public struct KinerjaPelayanan: Equatable, Sendable {
    public var indikator: String
    public var satuan: String?
    public var target: [Int: Decimal]
    /// A year present with no value was not reported ("-").
    public var realisasi: [Int: Decimal?]
    public var proyeksi: [Int: Decimal]
    public var catatan: String?
    public var location: SourceLocation

    public init(
        indikator: String, satuan: String?, target: [Int: Decimal], realisasi: [Int: Decimal?],
        proyeksi: [Int: Decimal], catatan: String?, location: SourceLocation
    ) {
        self.indikator = indikator
        self.satuan = satuan
        self.target = target
        self.realisasi = realisasi
        self.proyeksi = proyeksi
        self.catatan = catatan
        self.location = location
    }
}
