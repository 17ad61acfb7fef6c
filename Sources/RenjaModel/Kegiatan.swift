/// An activity under a programme: its output indicators, budget per year and where it runs.
public struct Kegiatan: Equatable, Sendable {
    public var kode: String
    public var nama: String
    /// Who the activity is for (T-C.29 column 2); `nil` means the programme's.
    public var kelompokSasaran: String?
    /// `nil` means the OPD's default lokasi.
    public var lokasi: String?
    public var sumberDana: String?
    /// The "Catatan Penting" of T-C.33.
    public var catatan: String?
    /// Pagu indikatif per year (n-1 is the budget T-C.29 evaluates, n and n+1 go to T-C.33).
    public var pagu: [Int: Money]
    /// The Renstra's budget for the whole period (T-C.29 column 5 Rp).
    public var paguRenstra: Money?
    public var indikator: [Indikator]
    /// The right-hand side of T-C.31; `nil` means the analysis agrees with the plan.
    public var analisisKebutuhan: AnalisisKebutuhan?
    public var location: SourceLocation

    public init(
        kode: String, nama: String, kelompokSasaran: String? = nil, lokasi: String? = nil, sumberDana: String? = nil,
        catatan: String? = nil, pagu: [Int: Money], paguRenstra: Money? = nil, indikator: [Indikator],
        analisisKebutuhan: AnalisisKebutuhan? = nil, location: SourceLocation
    ) {
        self.kode = kode
        self.nama = nama
        self.kelompokSasaran = kelompokSasaran
        self.lokasi = lokasi
        self.sumberDana = sumberDana
        self.catatan = catatan
        self.pagu = pagu
        self.paguRenstra = paguRenstra
        self.indikator = indikator
        self.analisisKebutuhan = analisisKebutuhan
        self.location = location
    }
}
