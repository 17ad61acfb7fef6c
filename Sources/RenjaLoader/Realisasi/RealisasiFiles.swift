import RenjaModel

/// The realisation CSVs a spec names (`realisasi:`), relative to the project folder, with
/// where the spec names them.
struct RealisasiFiles {
    /// One CSV path as written in the spec.
    struct Reference {
        var path: String
        var location: SourceLocation
    }

    /// Quarterly, cumulative realisation of n-1.
    var triwulan: Reference?
    /// Realisation of the Renstra period up to n-2.
    var sampaiTahunLalu: Reference?
}
