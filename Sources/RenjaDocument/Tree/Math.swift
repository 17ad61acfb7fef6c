/// A small formula language, enough for the indicator formulas of Tabel 2.1 and 3.1.
public indirect enum Math: Equatable, Sendable {
    /// A run of words (`mtext`).
    case text(String)
    /// A number (`mn`).
    case number(String)
    /// An operator such as `×` or `%` (`mo`).
    case `operator`(String)
    /// Items side by side (`mrow`).
    case row([Math])
    /// numerator over denominator (`mfrac`).
    case fraction(Math, Math)
}
