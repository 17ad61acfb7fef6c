extension EvaluasiCells {
    /// The value of a T-C.29 column by its printed number, 5-13; `nil` for column 14 (a
    /// percentage, see `tingkatCapaian`) and for numbers outside the table.
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
