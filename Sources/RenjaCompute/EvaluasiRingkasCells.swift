import Foundation

/// The K columns 4-11 of the other common T-C.29 form (`Settings.EvaluationLayout.ringkas`),
/// for one indicator. Its realisation comes from the `sampai_tahun_lalu` rows: a row of year
/// n-3 is the Renstra realisation up to n-3 (column 5), a row of year n-2 is that year's own
/// realisation (column 7). `nil` is a cell printed "-".
public struct EvaluasiRingkasCells: Equatable, Sendable {
    /// 4: the target at the end of the Renstra period.
    public var targetRenstra: Decimal?
    /// 5: realisation of the Renstra period up to year n-3.
    public var realisasiSampaiNMinus3: Decimal?
    /// 6: the target of year n-2.
    public var targetNMinus2: Decimal?
    /// 7: the realisation of year n-2.
    public var realisasiNMinus2: Decimal?
    /// 8 = 7 / 6 x 100%, rounded half up to two decimals (as printed).
    public var tingkatRealisasi: Decimal?
    /// 9: the target of year n-1.
    public var targetNMinus1: Decimal?
    /// 10 = 5 + 7 + 9 (by the indicator's K rule): the expected realisation up to n-1.
    public var perkiraanRealisasi: Decimal?
    /// 11 = 10 / 4 x 100%, rounded half up to two decimals (as printed).
    public var capaian: Decimal?
    /// The band of column 11, when it exists.
    public var predikat: CapaianPredikat?

    public init(
        targetRenstra: Decimal? = nil, realisasiSampaiNMinus3: Decimal? = nil, targetNMinus2: Decimal? = nil,
        realisasiNMinus2: Decimal? = nil, tingkatRealisasi: Decimal? = nil, targetNMinus1: Decimal? = nil,
        perkiraanRealisasi: Decimal? = nil, capaian: Decimal? = nil, predikat: CapaianPredikat? = nil
    ) {
        self.targetRenstra = targetRenstra
        self.realisasiSampaiNMinus3 = realisasiSampaiNMinus3
        self.targetNMinus2 = targetNMinus2
        self.realisasiNMinus2 = realisasiNMinus2
        self.tingkatRealisasi = tingkatRealisasi
        self.targetNMinus1 = targetNMinus1
        self.perkiraanRealisasi = perkiraanRealisasi
        self.capaian = capaian
        self.predikat = predikat
    }
}
