/// One year's Renja of one OPD, as the plan spec states it: everything that is particular to
/// this OPD and year. Nothing here is computed; derived figures live in `RenjaCompute`.
public struct Plan: Equatable, Sendable {
    /// Year n, the year the Renja plans for (it is written during n-1).
    public var tahun: Int
    /// The stage of this version, `nil` when the spec names none; its word is the default
    /// label of archived versions.
    public var tahap: Tahap?
    public var settings: Settings
    public var opd: OPD
    public var renstra: YearRange
    public var rpjmd: YearRange
    public var pengesahan: Pengesahan
    public var landasanHukum: [String]
    public var visi: String
    public var misi: [Misi]
    /// 1-based numbers of the regional missions this OPD supports.
    public var misiAcuan: [Int]
    public var tujuan: [Tujuan]
    public var strategi: Strategi
    public var kebijakan: String
    public var arahKebijakan: [String]
    public var faktorKunciKeberhasilan: [String]
    /// The problem tree of BAB II (Tabel 2.5).
    public var permasalahan: [MasalahPokok]
    /// The programmes of last year's evaluation, below / on / above plan (BAB II 2.1).
    public var evaluasi: Evaluasi
    /// T-C.30 rows.
    public var kinerjaPelayanan: [KinerjaPelayanan]
    public var program: [Program]
    /// T-C.32 rows.
    public var usulan: [Usulan]
    /// Belanja tidak langsung of year n (BAB IV 4.3), which no kegiatan carries.
    public var belanjaTidakLangsung: Money?
    /// Totals the source document states, kept to be checked against the computed ones.
    public var dinyatakan: [StatedFigure]
    /// OPD-specific paragraphs that templates refer to by key (e.g. `review_rkpd`).
    public var teks: [String: [String]]
    /// Where each `teks` key is written in the spec: a key no template refers to is warned of there.
    public var teksLocations: [String: SourceLocation]
    /// Realisation read from the CSVs.
    public var realisasi: Realisasi

    public init(
        tahun: Int, tahap: Tahap?, settings: Settings, opd: OPD, renstra: YearRange, rpjmd: YearRange,
        pengesahan: Pengesahan, landasanHukum: [String], visi: String, misi: [Misi], misiAcuan: [Int],
        tujuan: [Tujuan], strategi: Strategi, kebijakan: String, arahKebijakan: [String],
        faktorKunciKeberhasilan: [String], permasalahan: [MasalahPokok], evaluasi: Evaluasi,
        kinerjaPelayanan: [KinerjaPelayanan], program: [Program], usulan: [Usulan], belanjaTidakLangsung: Money?,
        dinyatakan: [StatedFigure], teks: [String: [String]], teksLocations: [String: SourceLocation] = [:], realisasi: Realisasi
    ) {
        self.tahun = tahun
        self.tahap = tahap
        self.settings = settings
        self.opd = opd
        self.renstra = renstra
        self.rpjmd = rpjmd
        self.pengesahan = pengesahan
        self.landasanHukum = landasanHukum
        self.visi = visi
        self.misi = misi
        self.misiAcuan = misiAcuan
        self.tujuan = tujuan
        self.strategi = strategi
        self.kebijakan = kebijakan
        self.arahKebijakan = arahKebijakan
        self.faktorKunciKeberhasilan = faktorKunciKeberhasilan
        self.permasalahan = permasalahan
        self.evaluasi = evaluasi
        self.kinerjaPelayanan = kinerjaPelayanan
        self.program = program
        self.usulan = usulan
        self.belanjaTidakLangsung = belanjaTidakLangsung
        self.dinyatakan = dinyatakan
        self.teks = teks
        self.teksLocations = teksLocations
        self.realisasi = realisasi
    }
}
