/// Draws a `SyntheticOutline` from a random stream: 5-60 programmes (most of them few),
/// 2-15 kegiatan each, 1-3 indicators each, pagu and realisation that are plausible and
/// within every range the loader checks.
struct SyntheticOutlineDrawer {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func draw() -> SyntheticOutline {
        let tahun = random.int(in: 2020...2027)
        let jenis = random.pick(SyntheticVocabulary.jenisOPD)
        let tempat = random.pick(SyntheticVocabulary.kecamatan)
        let tujuan = drawTujuan(tahun: tahun)
        let sasaranKodes = tujuan.flatMap(\.sasaran).map(\.kode)
        let programCount = random.skewedInt(in: 5...60, draws: 3)
        let program = (1...programCount).map { drawProgram(number: $0, tahun: tahun, sasaranKodes: sasaranKodes) }
        return SyntheticOutline(
            tahun: tahun,
            daerah: random.pick(SyntheticVocabulary.daerah),
            jenisOPD: jenis,
            namaOPD: namaOPD(jenis: jenis, tempat: tempat),
            tempat: tempat,
            namaPejabat: random.pick(SyntheticVocabulary.nama),
            nip: drawNIP(),
            misiAcuan: random.int(in: 1...3),
            tujuan: tujuan,
            program: program,
            belanjaTidakLangsung: random.int(in: 500...5_000) * 1_000_000
        )
    }

    private mutating func namaOPD(jenis: String, tempat: String) -> String {
        switch jenis {
        case "kecamatan": return "Kecamatan \(tempat)"
        case "sekretariat": return "Sekretariat Daerah"
        case "inspektorat": return "Inspektorat"
        default: return "\(jenis.prefix(1).uppercased())\(jenis.dropFirst()) \(random.pick(SyntheticVocabulary.bidang))"
        }
    }

    /// Birth date, appointment month, sex and serial: 18 digits.
    private mutating func drawNIP() -> String {
        let lahir = "\(random.int(in: 1965...1985))\(twoDigits(random.int(in: 1...12)))\(twoDigits(random.int(in: 1...28)))"
        let pengangkatan = "\(random.int(in: 1990...2010))\(twoDigits(random.int(in: 1...12)))"
        return lahir + pengangkatan + "\(random.int(in: 1...2))" + "00\(random.int(in: 1...9))"
    }

    private mutating func drawTujuan(tahun: Int) -> [SyntheticOutline.Tujuan] {
        var sasaranNumber = 0
        return (1...random.int(in: 1...2)).map { tujuanNumber in
            let sasaran = (1...random.int(in: 1...2)).map { _ -> SyntheticOutline.Sasaran in
                sasaranNumber += 1
                let kode = "S\(sasaranNumber)"
                let kata = random.pick(SyntheticVocabulary.sasaranKata)
                return SyntheticOutline.Sasaran(
                    kode: kode,
                    uraian: "Meningkatnya \(kata) perangkat daerah",
                    indikator: (1...random.int(in: 1...3)).map { drawIndikator(kode: "\(kode).I\($0)", tahun: tahun, years: [tahun]) }
                )
            }
            return SyntheticOutline.Tujuan(kode: "T\(tujuanNumber)", uraian: "Meningkatnya \(random.pick(SyntheticVocabulary.sasaranKata)) masyarakat", sasaran: sasaran)
        }
    }

    private mutating func drawProgram(number: Int, tahun: Int, sasaranKodes: [String]) -> SyntheticOutline.Program {
        let kode = "P\(twoDigits(number))"
        let tindakan = random.pick(SyntheticVocabulary.tindakan)
        let objek = random.pick(SyntheticVocabulary.objek)
        let targetYears = [tahun - 1, tahun, tahun + 1, tahun + 3]
        return SyntheticOutline.Program(
            kode: kode,
            nama: "Program \(tindakan) \(objek)",
            sasaran: random.pick(sasaranKodes),
            sasaranProgram: "Meningkatnya \(random.pick(SyntheticVocabulary.sasaranKata))",
            kelompokSasaran: "Masyarakat \(random.pick(SyntheticVocabulary.kecamatan))",
            indikator: (1...random.int(in: 1...3)).map { drawIndikator(kode: "\(kode).I\($0)", tahun: tahun, years: targetYears) },
            kegiatan: (1...random.skewedInt(in: 2...15, draws: 2)).map { drawKegiatan(kode: "\(kode).K\(twoDigits($0))", tahun: tahun) },
            evaluasi: random.int(in: 0...2)
        )
    }

    private mutating func drawKegiatan(kode: String, tahun: Int) -> SyntheticOutline.Kegiatan {
        // A tenth of the kegiatan ran last year only: T-C.29 evaluates them, the plan tables skip them.
        let planned = !random.chance(10)
        let years = planned ? [tahun - 1, tahun, tahun + 1] : [tahun - 1]
        var pagu: [Int: Int] = [:]
        for year in years {
            pagu[year] = random.int(in: 5...600) * 1_000_000
        }
        let paguLalu = pagu[tahun - 1] ?? 0
        let quarters = cumulativeQuarters(of: paguLalu)
        let targetYears = planned ? [tahun - 1, tahun, tahun + 1, tahun + 3] : [tahun - 1, tahun + 3]
        return SyntheticOutline.Kegiatan(
            kode: kode,
            nama: "\(random.pick(SyntheticVocabulary.tindakan)) \(random.pick(SyntheticVocabulary.objek))",
            sumberDana: random.pick(SyntheticVocabulary.sumberDana),
            pagu: pagu,
            paguRenstra: pagu.values.reduce(0, +) * 2,
            indikator: (1...random.int(in: 1...3)).map { drawIndikator(kode: "\(kode).I\($0)", tahun: tahun, years: targetYears) },
            realisasiTriwulan: quarters,
            realisasiSampaiTahunLalu: random.int(in: 1...900) * 1_000_000 + random.int(in: 0...99) * 1_000,
            analisisPagu: planned && random.chance(50) ? random.int(in: 5...700) * 1_000_000 : nil,
            diusulkan: planned && random.chance(30)
        )
    }

    private mutating func drawIndikator(kode: String, tahun: Int, years: [Int]) -> SyntheticOutline.Indikator {
        let persen = random.chance(50)
        let satuan = persen ? "%" : random.pick(SyntheticVocabulary.satuanJumlah)
        let ceiling = persen ? 100 : random.int(in: 1...400)
        var target: [Int: Int] = [:]
        for year in years {
            target[year] = persen ? random.int(in: 60...100) : random.int(in: 1...ceiling)
        }
        let tahunan = (target[tahun - 1] ?? ceiling) * 100
        return SyntheticOutline.Indikator(
            kode: kode,
            uraian: persen
                ? "Persentase \(random.pick(SyntheticVocabulary.objek).lowercased()) yang terpenuhi"
                : "Jumlah \(satuan.lowercased()) \(random.pick(SyntheticVocabulary.objek).lowercased())",
            satuan: satuan,
            target: target,
            realisasiTriwulan: cumulativeQuarters(of: tahunan),
            realisasiSampaiTahunLalu: random.int(in: 0...(ceiling * 100))
        )
    }

    /// Four cumulative amounts that never decrease and end at or below `total`.
    private mutating func cumulativeQuarters(of total: Int) -> [Int] {
        var percents = (0..<4).map { _ in random.int(in: 0...25) }
        for index in 1..<4 { percents[index] += percents[index - 1] }
        return percents.map { total / 100 * $0 }
    }

    private func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
