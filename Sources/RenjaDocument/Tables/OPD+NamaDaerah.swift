import RenjaModel

extension OPD {
    /// The region as captions print it: `Kabupaten Lumajang`.
    var namaDaerah: String {
        let jenis = jenisDaerah.prefix(1).uppercased() + jenisDaerah.dropFirst()
        return "\(jenis) \(daerah)"
    }
}
