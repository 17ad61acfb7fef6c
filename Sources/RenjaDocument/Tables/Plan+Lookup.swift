import RenjaModel

extension Plan {
    /// The OPD sasaran with code `kode`, if any.
    func sasaran(kode: String) -> Sasaran? {
        tujuan.lazy.flatMap(\.sasaran).first { $0.kode == kode }
    }

    /// The programme holding the kegiatan with code `kode`, if any.
    func program(ofKegiatan kode: String) -> Program? {
        program.first { $0.kegiatan.contains { $0.kode == kode } }
    }

}
