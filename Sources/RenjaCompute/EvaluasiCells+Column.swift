extension EvaluasiCells {
    /// The value of a T-C.29 column by its printed number, 5-13; `nil` for column 14 (a
    /// percentage, see `tingkatCapaian`) and for numbers outside the table. Inlinable so that
    /// the tables, in another module, get it specialized: unspecialized, each call looked up
    /// the generic metadata (about 1,200 instructions, a tenth of T-C.29's rows).
    @inlinable
    public func column(_ number: Int) -> Value? {
        switch number {
        case 5: targetRenstra
        case 6: realisasiSampaiTahunLalu
        case 7: targetTahunBerjalan
        case 8...11: triwulan.indices.contains(number - 8) ? triwulan[number - 8] : nil
        case 12: realisasiTahunBerjalan
        case 13: realisasiRenstra
        default: nil
        }
    }
}
