import RenjaModel

extension Plan {
    /// The OPD sasaran with code `kode`, if any.
    func sasaran(kode: String) -> Sasaran? {
        tujuan.lazy.flatMap(\.sasaran).first { $0.kode == kode }
    }

    /// The position in `program` of the programme holding each kegiatan code; the first
    /// programme wins should two hold the same code (the validator reports that).
    func programIndexByKegiatan() -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, program) in program.enumerated() {
            for kegiatan in program.kegiatan where index[kegiatan.kode] == nil {
                index[kegiatan.kode] = position
            }
        }
        return index
    }
}
