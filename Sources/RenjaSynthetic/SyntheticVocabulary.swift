/// The Indonesian words synthetic projects are written with: names of regions, units,
/// programmes, kegiatan and indicators that read like the seed's.
enum SyntheticVocabulary {
    static let daerah = ["Lumajang", "Jember", "Probolinggo", "Banyuwangi", "Situbondo", "Bondowoso", "Pasuruan", "Malang", "Blitar", "Kediri", "Madiun", "Ngawi", "Tuban", "Gresik", "Sidoarjo"]
    static let jenisOPD = ["dinas", "badan", "kecamatan", "kantor", "sekretariat", "inspektorat"]
    static let bidang = ["Pendidikan", "Kesehatan", "Pekerjaan Umum", "Perhubungan", "Pertanian", "Perdagangan", "Koperasi dan Usaha Mikro", "Pariwisata", "Lingkungan Hidup", "Sosial", "Kependudukan dan Pencatatan Sipil", "Ketahanan Pangan", "Perikanan", "Kepemudaan dan Olahraga", "Komunikasi dan Informatika"]
    static let kecamatan = ["Jatiroto", "Sukodono", "Tempeh", "Pasirian", "Candipuro", "Senduro", "Klakah", "Ranuyoso", "Yosowilangun", "Kunir", "Rowokangkung", "Tekung", "Padang", "Gucialit"]
    static let tindakan = ["Peningkatan", "Pengembangan", "Penyediaan", "Pemeliharaan", "Pembinaan", "Fasilitasi", "Koordinasi", "Penyusunan", "Pengendalian", "Pemberdayaan", "Pelayanan", "Penataan"]
    static let objek = ["Sarana dan Prasarana Aparatur", "Administrasi Perkantoran", "Pelaporan Capaian Kinerja dan Keuangan", "Pelayanan Publik", "Kapasitas Sumber Daya Aparatur", "Ketentraman dan Ketertiban Umum", "Kelembagaan Masyarakat Desa", "Sistem Informasi Pemerintahan", "Perencanaan Pembangunan Partisipatif", "Administrasi Kependudukan", "Usaha Mikro dan Kecil", "Kualitas Lingkungan Permukiman", "Pengelolaan Keuangan Desa", "Data dan Statistik Sektoral", "Kerja Sama Antar Daerah"]
    static let sasaranKata = ["kualitas pelayanan", "akuntabilitas kinerja", "tertib administrasi", "partisipasi masyarakat", "ketersediaan sarana dan prasarana", "kapasitas aparatur", "koordinasi lintas sektor"]
    static let satuanJumlah = ["Dokumen", "Jenis", "Kegiatan", "Orang", "Desa", "Kelompok", "Laporan", "Unit", "Bulan", "Kali"]
    static let sumberDana = ["DAU", "DAK", "PAD", "DBHCHT"]
    static let nama = ["Drs. SUPRIYANTO", "Ir. WAHYU HIDAYAT, M.Si", "SITI AMINAH, S.Sos", "Drs. BAMBANG SUTRISNO, M.M", "Hj. ENDANG LESTARI, S.E", "AGUS SALIM, S.STP, M.Si"]
    static let kalimat = [
        "Program dan kegiatan disusun berdasarkan hasil evaluasi pelaksanaan tahun sebelumnya serta usulan masyarakat yang disampaikan melalui musyawarah perencanaan pembangunan.",
        "Besaran anggaran yang diajukan disesuaikan dengan kemampuan keuangan daerah dan prioritas pembangunan yang ditetapkan dalam Rencana Kerja Pemerintah Daerah.",
        "Pelaksanaan kegiatan dipantau secara berkala agar capaian kinerja sesuai dengan target yang ditetapkan dalam Rencana Strategis.",
        "Koordinasi dengan perangkat daerah terkait dilakukan untuk menyelaraskan program dan kegiatan dengan kebutuhan masyarakat.",
    ]
}
