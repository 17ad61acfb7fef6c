import RenjaModel

/// Which years a per-year map may use: the Renstra and RPJMD periods and the years the
/// document shows (n-2 to n+1). A year outside all of them is a typo, never data.
struct YearPolicy {
    var tahun: Int
    var renstra: YearRange
    var rpjmd: YearRange
    /// Extra years allowed before the periods (T-C.30 shows the previous Renstra's years).
    var yearsBefore = 0

    func allows(_ year: Int) -> Bool {
        let periodStart = min(renstra.first, rpjmd.first)
        return (tahun - 2...tahun + 1).contains(year) || renstra.contains(year) || rpjmd.contains(year)
            || (periodStart - yearsBefore..<periodStart).contains(year)
    }

    /// Why `year` is refused.
    func explain(_ year: Int) -> String {
        var message = "year \(year) is outside the plan's periods (Renstra \(renstra.first)-\(renstra.last), "
            + "RPJMD \(rpjmd.first)-\(rpjmd.last), document years \(tahun - 2)-\(tahun + 1)"
        if yearsBefore > 0 { message += ", and \(yearsBefore) years before the periods" }
        return message + ")"
    }

    /// The policy for service-performance tables, which look back one more Renstra period.
    var withPreviousPeriod: YearPolicy {
        var policy = self
        policy.yearsBefore = 5
        return policy
    }
}
