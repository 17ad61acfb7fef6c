/// One objective of the OPD, measured by its indicators (Tabel 2.1 and 3.1).
public struct Sasaran: Equatable, Sendable {
    public var kode: String
    public var uraian: String
    public var indikator: [Indikator]
    public var location: SourceLocation

    public init(kode: String, uraian: String, indikator: [Indikator], location: SourceLocation) {
        self.kode = kode
        self.uraian = uraian
        self.indikator = indikator
        self.location = location
    }
}
