/// A stakeholder proposal for one kegiatan (a row group of T-C.32).
public struct Usulan: Equatable, Sendable {
    /// The code of the kegiatan proposed; its programme follows from it.
    public var kegiatan: String
    /// `nil` means the kegiatan's lokasi.
    public var lokasi: String?
    public var indikator: [IndikatorTarget]
    public var catatan: String?
    public var location: SourceLocation

    public init(kegiatan: String, lokasi: String?, indikator: [IndikatorTarget], catatan: String?, location: SourceLocation) {
        self.kegiatan = kegiatan
        self.lokasi = lokasi
        self.indikator = indikator
        self.catatan = catatan
        self.location = location
    }
}
