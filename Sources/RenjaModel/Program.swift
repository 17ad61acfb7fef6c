/// A programme of the OPD with its outcome indicators and its kegiatan. Its pagu is never
/// stated: it is the sum of its kegiatan.
public struct Program: Equatable, Sendable {
    public var kode: String
    public var nama: String
    /// The code of the OPD sasaran this programme serves; its indicators are the programme's
    /// outcomes in BAB IV 4.2.
    public var sasaran: String?
    /// What the programme achieves, in words (BAB IV 4.2 column "Sasaran").
    public var sasaranProgram: String?
    /// Who the programme is for (T-C.29 column 2), e.g. `Kecamatan Jatiroto`.
    public var kelompokSasaran: String?
    public var indikator: [Indikator]
    public var kegiatan: [Kegiatan]
    public var location: SourceLocation

    public init(
        kode: String, nama: String, sasaran: String?, sasaranProgram: String?, kelompokSasaran: String?,
        indikator: [Indikator], kegiatan: [Kegiatan], location: SourceLocation
    ) {
        self.kode = kode
        self.nama = nama
        self.sasaran = sasaran
        self.sasaranProgram = sasaranProgram
        self.kelompokSasaran = kelompokSasaran
        self.indikator = indikator
        self.kegiatan = kegiatan
        self.location = location
    }
}
