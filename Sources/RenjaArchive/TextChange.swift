/// A change of a target, an indicator, a lokasi, a sumber dana or a text between two versions,
/// with both values as printed ("-" for none).
public struct TextChange: Equatable, Sendable {
    /// What changed: `Kegiatan P01.K01 Pelayanan ...`, `Indikator P01.K01.I1`, `Renja`.
    public var subject: String
    /// Which property: `lokasi`, `sumber dana`, `target 2020`, `uraian`, `teks review_rkpd`.
    public var aspect: String
    public var before: String
    public var after: String

    public init(subject: String, aspect: String, before: String, after: String) {
        self.subject = subject
        self.aspect = aspect
        self.before = before
        self.after = after
    }
}
