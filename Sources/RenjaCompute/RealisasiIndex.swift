import Foundation
import RenjaModel

/// The realisation CSV rows looked up by code: the `sampai_tahun_lalu` rows by year and the
/// four cumulative quarters of n-1. Quarterly rows of other years are not T-C.29's business
/// (the loader reports them).
///
/// Each code gets a slot, and every row of that code is kept at the slot in flat arrays: a code
/// is hashed once when it is first seen and once when it is looked up, not once per row and
/// per look-up (the dictionaries of rows by code were a third of computing the figures). A row
/// whose code is known but not the one after the previous row's costs two hashes (`slotAdding`).
struct RealisasiIndex {
    /// What T-C.29 reads of a row; both `nil` where no row was reported.
    struct Reported {
        var k: Decimal?
        var rp: Money?

        static let unreported = Reported(k: nil, rp: nil)
    }

    /// Where a code's rows stand, found once for all of its look-ups; `nil` for a code without
    /// rows.
    struct Slot {
        fileprivate var index: Int?
    }

    /// A year's `sampai_tahun_lalu` rows, by slot.
    private struct YearRows {
        var tahun: Int
        var rows: [Reported]
    }

    private static let quarterCount = 4

    private var slots: [String: Int] = [:]
    /// The codes by slot, for comparing a row's code with the one after the previous row's.
    private var codes: [String] = []
    /// Quarters 1-4 of slot `s` at `4s` to `4s + 3`.
    private var triwulan: [Reported] = []
    /// One year, n-2, or two under the ringkas layout (n-3 too); searched in order.
    private var sampaiTahunLalu: [YearRows] = []

    init(_ realisasi: Realisasi, years: Years) {
        slots.reserveCapacity(realisasi.sampaiTahunLalu.count)
        codes.reserveCapacity(realisasi.sampaiTahunLalu.count)
        triwulan.reserveCapacity(realisasi.triwulan.count)
        // The rows are read in place, field by field: `for entry in rows` copied every entry
        // (its code and its location's file name retained, then released).
        let quarters = realisasi.triwulan
        var previous = -1
        for row in quarters.indices where quarters[row].tahun == years.nMinus1 {
            guard let quarter = quarters[row].triwulan, (1...Self.quarterCount).contains(quarter) else { continue }
            previous = slotAdding(quarters[row].kode, after: previous)
            let needed = codes.count * Self.quarterCount
            if triwulan.count < needed { triwulan += repeatElement(.unreported, count: needed - triwulan.count) }
            triwulan[previous * Self.quarterCount + quarter - 1] = Reported(k: quarters[row].k, rp: quarters[row].rp)
        }
        let periods = realisasi.sampaiTahunLalu
        for row in periods.indices {
            previous = slotAdding(periods[row].kode, after: previous)
            let tahun = periods[row].tahun
            let year = sampaiTahunLalu.firstIndex { $0.tahun == tahun } ?? {
                sampaiTahunLalu.append(YearRows(tahun: tahun, rows: []))
                return sampaiTahunLalu.count - 1
            }()
            if sampaiTahunLalu[year].rows.count < codes.count {
                sampaiTahunLalu[year].rows += repeatElement(.unreported, count: codes.count - sampaiTahunLalu[year].rows.count)
            }
            sampaiTahunLalu[year].rows[previous] = Reported(k: periods[row].k, rp: periods[row].rp)
        }
    }

    /// The slot of `kode`, made when the code is new. The CSV files list the same codes in the
    /// same order quarter after quarter, so the slot after the previous row's is tried first:
    /// comparing two codes is much cheaper than hashing one.
    private mutating func slotAdding(_ kode: String, after previous: Int) -> Int {
        let guess = previous + 1
        if guess < codes.count, codes[guess] == kode { return guess }
        let next = codes.count
        // One hash for a new code: `updateValue` inserts and tells whether the code was there.
        // A known code out of order takes a second one to put its slot back: the rare case, as
        // looking up before inserting would hash every new code twice. (The `default:`
        // subscript's in-place access, one hash either way, cost 0.1 M more on proyek-0001.)
        if let existing = slots.updateValue(next, forKey: kode) {
            slots[kode] = existing
            return existing
        }
        codes.append(kode)
        return next
    }

    /// Where the rows of `kode` stand.
    func slot(of kode: String) -> Slot {
        Slot(index: slots[kode])
    }

    /// The slot's `sampai_tahun_lalu` row of that year, `.unreported` where none was.
    func sampaiTahunLalu(at slot: Slot, tahun: Int) -> Reported {
        guard let index = slot.index, let year = sampaiTahunLalu.first(where: { $0.tahun == tahun }),
              index < year.rows.count
        else { return .unreported }
        return year.rows[index]
    }

    /// One figure of the slot's rows for quarters 1-4 of n-1 (T-C.29 columns 8-11), `nil` where
    /// unreported.
    func triwulan<Value>(at slot: Slot, _ figure: (Reported) -> Value?) -> [Value?] {
        guard let index = slot.index, (index + 1) * Self.quarterCount <= triwulan.count else {
            return Array(repeating: nil, count: Self.quarterCount)
        }
        let first = index * Self.quarterCount
        return triwulan[first..<(first + Self.quarterCount)].map(figure)
    }
}
