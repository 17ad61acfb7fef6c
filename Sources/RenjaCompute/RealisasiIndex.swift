import Foundation
import RenjaModel

/// The realisation CSV rows looked up by code: the up-to-n-2 figure and the four cumulative
/// quarters of n-1. Rows of other years are not T-C.29's business (the loader reports them).
struct RealisasiIndex {
    private var sampaiTahunLalu: [String: RealisasiEntry] = [:]
    private var triwulan: [String: [Int: RealisasiEntry]] = [:]

    init(_ realisasi: Realisasi, years: Years) {
        for entry in realisasi.sampaiTahunLalu where entry.tahun == years.nMinus2 {
            sampaiTahunLalu[entry.kode] = entry
        }
        for entry in realisasi.triwulan where entry.tahun == years.nMinus1 {
            if let quarter = entry.triwulan {
                triwulan[entry.kode, default: [:]][quarter] = entry
            }
        }
    }

    /// The code's row of the Renstra period up to n-2 (T-C.29 column 6).
    func sampaiTahunLalu(_ kode: String) -> RealisasiEntry? { sampaiTahunLalu[kode] }

    /// The code's rows for quarters 1-4 of n-1 (T-C.29 columns 8-11), `nil` where unreported.
    func triwulan(_ kode: String) -> [RealisasiEntry?] {
        (1...4).map { triwulan[kode]?[$0] }
    }
}
