/// How a project wants its numbers read and printed.
public struct Settings: Equatable, Sendable {
    /// The convention of the numbers in the realisation CSVs.
    public enum NumberConvention: String, Equatable, Sendable, CaseIterable {
        /// `1.814.088.000` and `99,34` (Excel in an Indonesian locale).
        case indonesian = "id"
        /// `1,814,088,000` and `99.34`.
        case english = "en"
    }

    /// How money is printed.
    public enum MoneyStyle: String, Equatable, Sendable, CaseIterable {
        /// PUEBI: `Rp4.175.000.000,00`.
        case puebi
        /// The older office style: `Rp.4.175.000.000,-`.
        case kantor
    }

    /// Which T-C.29 form the document uses.
    public enum EvaluationLayout: String, Equatable, Sendable, CaseIterable {
        /// K and Rp with the four quarters of n-1 (the seed's form).
        case triwulan
        /// K only: n-2 target and realisation, n-1 target and estimate.
        case ringkas
    }

    public var angka: NumberConvention
    public var gayaUang: MoneyStyle
    public var tataLetakTC29: EvaluationLayout

    public init(angka: NumberConvention = .indonesian, gayaUang: MoneyStyle = .puebi, tataLetakTC29: EvaluationLayout = .triwulan) {
        self.angka = angka
        self.gayaUang = gayaUang
        self.tataLetakTC29 = tataLetakTC29
    }
}
