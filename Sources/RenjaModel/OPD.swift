/// The government unit whose Renja this is, and the region it belongs to.
public struct OPD: Equatable, Sendable {
    /// The kind of region: kabupaten, kota or provinsi.
    public var jenisDaerah: String
    /// The region's name without its kind, e.g. `Lumajang`.
    public var daerah: String
    /// The kind of unit: dinas, badan, kecamatan, kantor, sekretariat, inspektorat ...
    public var jenis: String
    /// The unit's full name, e.g. `Kecamatan Jatiroto`.
    public var nama: String
    /// The default lokasi of kegiatan, e.g. `Kec. Jatiroto`.
    public var lokasi: String

    public init(jenisDaerah: String, daerah: String, jenis: String, nama: String, lokasi: String) {
        self.jenisDaerah = jenisDaerah
        self.daerah = daerah
        self.jenis = jenis
        self.nama = nama
        self.lokasi = lokasi
    }
}
