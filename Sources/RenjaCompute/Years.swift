import RenjaModel

/// The years a Renja for year n refers to, all derived from n and the plan's periods; no
/// heading or column year is ever typed.
public struct Years: Equatable, Sendable {
    /// The year the Renja plans for.
    public var n: Int
    /// "Tahun berjalan": the year the Renja is written in, realised up to its latest quarter.
    public var nMinus1: Int { n - 1 }
    /// "Tahun lalu": the last fully realised year.
    public var nMinus2: Int { n - 2 }
    /// The forward estimate year (prakiraan maju).
    public var nPlus1: Int { n + 1 }
    /// The Renstra period; its last year holds the period-end targets (T-C.29 column 5).
    public var renstra: YearRange
    /// The RPJMD period.
    public var rpjmd: YearRange

    public init(n: Int, renstra: YearRange, rpjmd: YearRange) {
        self.n = n
        self.renstra = renstra
        self.rpjmd = rpjmd
    }

    /// The last year of the Renstra period.
    public var renstraAkhir: Int { renstra.last }
}
