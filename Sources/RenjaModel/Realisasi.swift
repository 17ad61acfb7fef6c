/// Realisation figures read from the project's CSVs.
public struct Realisasi: Equatable, Sendable {
    /// Cumulative realisation of year n-1 per quarter (T-C.29 columns 8-11).
    public var triwulan: [RealisasiEntry]
    /// Realisation of the Renstra period up to n-2 (T-C.29 column 6).
    public var sampaiTahunLalu: [RealisasiEntry]

    public init(triwulan: [RealisasiEntry] = [], sampaiTahunLalu: [RealisasiEntry] = []) {
        self.triwulan = triwulan
        self.sampaiTahunLalu = sampaiTahunLalu
    }

    /// The number of CSV data rows these figures came from.
    public var rowCount: Int { triwulan.count + sampaiTahunLalu.count }
}
