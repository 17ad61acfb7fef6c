import Foundation
import RenjaModel

/// The realisation CSV rows looked up by code: the `sampai_tahun_lalu` rows by year and the
/// four cumulative quarters of n-1. Quarterly rows of other years are not T-C.29's business
/// (the loader reports them).
struct RealisasiIndex {
    /// The rows by year, then by code. Not by one key of code and year: a key type of its own
    /// cost a runtime look-up of its `Hashable` conformance the first time, about 350,000
    /// instructions, more than all the look-ups of a seed build.
    private var sampaiTahunLalu: [Int: [String: RealisasiEntry]] = [:]
    /// Quarters 1-4 at positions 0-3. Four slots per code instead of a dictionary per code,
    /// which grew (and was rehashed) entry by entry.
    private var triwulan: [String: [RealisasiEntry?]] = [:]

    private static let noQuarters: [RealisasiEntry?] = [nil, nil, nil, nil]

    init(_ realisasi: Realisasi, years: Years) {
        // The loader lets one year through (n-2), so the first year's table is sized for all.
        for entry in realisasi.sampaiTahunLalu {
            sampaiTahunLalu[entry.tahun, default: Dictionary(minimumCapacity: realisasi.sampaiTahunLalu.count)][entry.kode] = entry
        }
        triwulan.reserveCapacity(realisasi.triwulan.count / 4)
        for entry in realisasi.triwulan where entry.tahun == years.nMinus1 {
            if let quarter = entry.triwulan, Self.noQuarters.indices.contains(quarter - 1) {
                triwulan[entry.kode, default: Self.noQuarters][quarter - 1] = entry
            }
        }
    }

    /// The code's `sampai_tahun_lalu` row of that year.
    func sampaiTahunLalu(_ kode: String, tahun: Int) -> RealisasiEntry? {
        sampaiTahunLalu[tahun]?[kode]
    }

    /// The code's rows for quarters 1-4 of n-1 (T-C.29 columns 8-11), `nil` where unreported.
    func triwulan(_ kode: String) -> [RealisasiEntry?] {
        triwulan[kode] ?? Self.noQuarters
    }
}
