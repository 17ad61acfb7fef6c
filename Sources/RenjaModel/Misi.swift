/// One mission of the regional head's vision (RPJMD), with its explanation and goals.
public struct Misi: Equatable, Sendable {
    public var uraian: String
    public var penjelasan: String
    public var tujuan: [String]

    public init(uraian: String, penjelasan: String, tujuan: [String]) {
        self.uraian = uraian
        self.penjelasan = penjelasan
        self.tujuan = tujuan
    }
}
