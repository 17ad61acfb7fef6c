/// Everything that varies between synthetic projects, drawn once from the seed; the spec and
/// the CSVs are both written from it, so the CSVs name exactly the spec's codes.
struct SyntheticOutline {
    /// An indicator with its targets and its realisation (`k`, in hundredths of its unit).
    struct Indikator {
        var kode: String
        var uraian: String
        var satuan: String
        /// Year -> target, whole numbers.
        var target: [Int: Int]
        /// Cumulative realisation of year n-1 after quarters 1-4, in hundredths.
        var realisasiTriwulan: [Int]
        /// Realisation up to year n-2, in hundredths.
        var realisasiSampaiTahunLalu: Int
    }

    /// A kegiatan with its pagu by year and its realisation in rupiah.
    struct Kegiatan {
        var kode: String
        var nama: String
        var sumberDana: String
        /// Year -> pagu in rupiah.
        var pagu: [Int: Int]
        var paguRenstra: Int
        var indikator: [Indikator]
        /// Cumulative rupiah realised in year n-1 after quarters 1-4.
        var realisasiTriwulan: [Int]
        var realisasiSampaiTahunLalu: Int
        /// The pagu of the needs analysis (T-C.31), when it differs from the plan.
        var analisisPagu: Int?
        /// Whether the forum OPD proposed this kegiatan (T-C.32).
        var diusulkan: Bool
    }

    struct Program {
        var kode: String
        var nama: String
        var sasaran: String
        var sasaranProgram: String
        var kelompokSasaran: String
        var indikator: [Indikator]
        var kegiatan: [Kegiatan]
        /// 0: below plan (with causes), 1: as planned, 2: above plan (BAB II 2.1).
        var evaluasi: Int
    }

    struct Sasaran {
        var kode: String
        var uraian: String
        var indikator: [Indikator]
    }

    struct Tujuan {
        var kode: String
        var uraian: String
        var sasaran: [Sasaran]
    }

    var tahun: Int
    var daerah: String
    var jenisOPD: String
    var namaOPD: String
    var tempat: String
    var namaPejabat: String
    var nip: String
    var misiAcuan: Int
    var tujuan: [Tujuan]
    var program: [Program]
    var belanjaTidakLangsung: Int

    /// The kegiatan sum of pagu in year n, which the spec states under `dinyatakan`.
    var belanjaLangsung: Int {
        program.flatMap(\.kegiatan).reduce(0) { $0 + ($1.pagu[tahun] ?? 0) }
    }
}
