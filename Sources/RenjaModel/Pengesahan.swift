/// Who signs the document, where and when (the foreword and BAB V end with this block).
public struct Pengesahan: Equatable, Sendable {
    public var tempat: String
    public var tahun: Int
    /// 1-12.
    public var bulan: Int
    /// The signatory's title as printed, e.g. `CAMAT JATIROTO`.
    public var jabatan: String
    /// The name with academic titles, e.g. `Drs. PUJIANTO`.
    public var nama: String
    /// The 18 digits of the NIP, without spaces; `nil` for officials without one.
    public var nip: String?

    public init(tempat: String, tahun: Int, bulan: Int, jabatan: String, nama: String, nip: String?) {
        self.tempat = tempat
        self.tahun = tahun
        self.bulan = bulan
        self.jabatan = jabatan
        self.nama = nama
        self.nip = nip
    }
}
