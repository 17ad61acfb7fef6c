import RenjaCompute
import RenjaModel

/// The signature block of PENGANTAR and BAB V: "Jatiroto, Juli 2019", the title, the name and
/// the NIP grouped 8-6-1-3, all printed through the formatter.
enum SignatureBlock {
    static let id = "tanda-tangan"

    static func make(_ pengesahan: Pengesahan, formatter: RenjaFormatter) -> Signature {
        Signature(
            placeAndDate: "\(pengesahan.tempat), \(formatter.monthYear(bulan: pengesahan.bulan, tahun: pengesahan.tahun))",
            title: pengesahan.jabatan,
            name: pengesahan.nama,
            nip: pengesahan.nip.map { "NIP. \(formatter.nip($0))" }
        )
    }
}
