import RenjaModel

extension Kegiatan {
    /// Whether the kegiatan is planned in `tahun`: it has a pagu or a target there. Kegiatan of
    /// past years stay in the spec for T-C.29 and must not appear in the tables of year n.
    func direncanakan(tahun: Int) -> Bool {
        pagu[tahun] != nil || indikator.contains { $0.target[tahun] != nil }
    }
}
