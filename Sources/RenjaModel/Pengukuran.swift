/// How a sasaran indicator is measured and monitored (the columns of Tabel 2.1).
public struct Pengukuran: Equatable, Sendable {
    /// Kuantitatif or Kualitatif.
    public var jenisData: String
    public var formula: Formula
    public var teknikPengumpulanData: String
    public var teknikMonev: String

    public init(jenisData: String, formula: Formula, teknikPengumpulanData: String, teknikMonev: String) {
        self.jenisData = jenisData
        self.formula = formula
        self.teknikPengumpulanData = teknikPengumpulanData
        self.teknikMonev = teknikMonev
    }
}
