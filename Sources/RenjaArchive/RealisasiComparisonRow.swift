/// The realisation in Rp of one code in one period (a CSV row) in two versions, or the total
/// of a period (`kode` `nil`).
public struct RealisasiComparisonRow: Equatable, Sendable {
    /// `2019 triwulan 2`, or `2018` for the Renstra period up to n-2.
    public var periode: String
    /// The kegiatan code; `nil` on a period's total row.
    public var kode: String?
    public var rp: AmountChange

    public init(periode: String, kode: String?, rp: AmountChange) {
        self.periode = periode
        self.kode = kode
        self.rp = rp
    }
}
