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

    /// Programmes with at least one kegiatan planned in `tahun`, each with only those kegiatan:
    /// what the tables of year n list.
    func programDirencanakan(tahun: Int) -> [Program] {
        program.compactMap { program in
            var planned = program
            planned.kegiatan = program.kegiatan.filter { $0.direncanakan(tahun: tahun) }
            return planned.kegiatan.isEmpty ? nil : planned
        }
    }
}
