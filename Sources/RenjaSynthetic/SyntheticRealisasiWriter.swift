/// Writes the two realisation CSVs of a `SyntheticOutline` in the `angka: id` convention:
/// every indicator (`k`) and every kegiatan (`rp`) of last year's four quarters and of the
/// Renstra period up to the year before.
enum SyntheticRealisasiWriter {
    static func triwulan(_ outline: SyntheticOutline) -> String {
        var rows = ["tahun;triwulan;kode;k;rp"]
        let year = outline.tahun - 1
        for quarter in 1...4 {
            for program in outline.program {
                for indikator in program.indikator {
                    rows.append("\(year);\(quarter);\(indikator.kode);\(hundredths(indikator.realisasiTriwulan[quarter - 1]));")
                }
                for kegiatan in program.kegiatan {
                    for indikator in kegiatan.indikator {
                        rows.append("\(year);\(quarter);\(indikator.kode);\(hundredths(indikator.realisasiTriwulan[quarter - 1]));")
                    }
                    rows.append("\(year);\(quarter);\(kegiatan.kode);;\(grouped(kegiatan.realisasiTriwulan[quarter - 1]))")
                }
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static func sampaiTahunLalu(_ outline: SyntheticOutline) -> String {
        var rows = ["tahun;kode;k;rp"]
        let year = outline.tahun - 2
        for program in outline.program {
            for indikator in program.indikator {
                rows.append("\(year);\(indikator.kode);\(hundredths(indikator.realisasiSampaiTahunLalu));")
            }
            for kegiatan in program.kegiatan {
                for indikator in kegiatan.indikator {
                    rows.append("\(year);\(indikator.kode);\(hundredths(indikator.realisasiSampaiTahunLalu));")
                }
                rows.append("\(year);\(kegiatan.kode);;\(grouped(kegiatan.realisasiSampaiTahunLalu))")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// `8734` -> `87,34`; `8700` -> `87`.
    private static func hundredths(_ value: Int) -> String {
        let whole = grouped(value / 100)
        let fraction = value % 100
        guard fraction != 0 else { return whole }
        return fraction < 10 ? "\(whole),0\(fraction)" : "\(whole),\(fraction)"
    }

    /// `1814088000` -> `1.814.088.000`.
    private static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return groups.joined(separator: ".")
    }
}
