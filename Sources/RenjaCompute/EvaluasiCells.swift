import Foundation

/// The columns 5-14 of one T-C.29 row, either its K half (an indicator's kinerja, `Decimal` in
/// the indicator's unit) or its Rp half (`Money`). `nil` is a cell printed "-".
///
/// `Value` carries no protocol requirement beyond the marker `Sendable`: a requirement such as
/// `Equatable` is checked by the runtime the first time each `EvaluasiCells<...>` is made, a
/// search of every conformance of the program (about 350,000 instructions, 0.4% of a seed
/// build); equality is a conditional conformance instead, resolved when compiling.
public struct EvaluasiCells<Value: Sendable>: Sendable {
    /// 5: the target at the end of the Renstra period.
    public var targetRenstra: Value?
    /// 6: realisation of the Renstra period up to year n-2.
    public var realisasiSampaiTahunLalu: Value?
    /// 7: the target (K) or pagu (Rp) of year n-1.
    public var targetTahunBerjalan: Value?
    /// 8-11: cumulative realisation up to quarters I-IV of year n-1; always four entries.
    public var triwulan: [Value?]
    /// 12: realisation of year n-1, the latest reported quarter (quarters are cumulative).
    public var realisasiTahunBerjalan: Value?
    /// 13 = 6 + 12: realisation of the Renstra period up to n-1 (for K, by the indicator's rule).
    public var realisasiRenstra: Value?
    /// 14 = 13 / 5 x 100%, rounded half up to two decimals (as printed, rounded once from the
    /// exact quotient); `nil` when 13 or a non-zero 5 is missing.
    public var tingkatCapaian: Decimal?
    /// The band of column 14, when it exists.
    public var predikat: CapaianPredikat?

    public init(
        targetRenstra: Value? = nil, realisasiSampaiTahunLalu: Value? = nil, targetTahunBerjalan: Value? = nil,
        triwulan: [Value?] = [nil, nil, nil, nil], realisasiTahunBerjalan: Value? = nil, realisasiRenstra: Value? = nil,
        tingkatCapaian: Decimal? = nil, predikat: CapaianPredikat? = nil
    ) {
        self.targetRenstra = targetRenstra
        self.realisasiSampaiTahunLalu = realisasiSampaiTahunLalu
        self.targetTahunBerjalan = targetTahunBerjalan
        self.triwulan = triwulan
        self.realisasiTahunBerjalan = realisasiTahunBerjalan
        self.realisasiRenstra = realisasiRenstra
        self.tingkatCapaian = tingkatCapaian
        self.predikat = predikat
    }
}

extension EvaluasiCells: Equatable where Value: Equatable {}
