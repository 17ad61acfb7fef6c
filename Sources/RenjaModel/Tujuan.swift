/// One of the OPD's Renstra goals, with the objectives (sasaran) that serve it.
public struct Tujuan: Equatable, Sendable {
    public var kode: String
    public var uraian: String
    public var sasaran: [Sasaran]
    public var location: SourceLocation

    public init(kode: String, uraian: String, sasaran: [Sasaran], location: SourceLocation) {
        self.kode = kode
        self.uraian = uraian
        self.sasaran = sasaran
        self.location = location
    }
}
