import Foundation
import RenjaModel

extension SpecReader {
    static let rootKeys = [
        "format", "tahun", "tahap", "pengaturan", "opd", "periode", "pengesahan", "landasan_hukum", "visi", "misi",
        "misi_acuan", "tujuan", "strategi", "kebijakan", "arah_kebijakan", "faktor_kunci_keberhasilan", "permasalahan",
        "evaluasi", "kinerja_pelayanan", "program", "usulan", "anggaran", "dinyatakan", "teks", "realisasi",
    ]
    static let supportedFormat = 1

    /// The plan (without realisation, which the CSVs give) and the CSVs it names. The plan is
    /// `nil` when a required part could not be read; the reasons are in `diagnostics`.
    func readPlan() -> (plan: Plan?, files: RealisasiFiles) {
        guard let fields = fields(tree.root, path: "", keys: Self.rootKeys) else { return (nil, RealisasiFiles()) }
        if let format = integer(required(fields, "format"), path: "format"), format != Self.supportedFormat,
           let node = fields["format"] {
            error("unsupported format \(format); this renja reads format \(Self.supportedFormat)", at: node)
        }
        // The year and the periods come first: every per-year map is checked against them.
        let tahun = integer(required(fields, "tahun"), path: "tahun")
        let periods = readPeriode(required(fields, "periode"))
        if let tahun, let periods {
            years = YearPolicy(tahun: tahun, renstra: periods.renstra, rpjmd: periods.rpjmd)
            // A Renja plans one year of its Renstra: T-C.29 measures against the Renstra's last
            // year, and a mistyped year built a document that planned nothing, without a word.
            if rules == .current, !periods.renstra.contains(tahun), let node = fields["tahun"] {
                error("tahun \(tahun) lies outside the Renstra period \(periods.renstra.first)-\(periods.renstra.last) "
                      + "(periode.renstra); a Renja plans a year of its Renstra", at: node)
            }
        }
        let settings = readSettings(optional(fields, "pengaturan"))
        if let settings { (numberConvention, evaluationLayout) = (settings.angka, settings.tataLetakTC29) }
        let opd = readOPD(required(fields, "opd"))
        let pengesahan = readPengesahan(required(fields, "pengesahan"))
        let visi = requiredText(fields, "visi")
        let misi = items(optional(fields, "misi"), path: "misi").compactMap(readMisi)
        let misiAcuan = readMisiAcuan(optional(fields, "misi_acuan"), misiCount: misi.count)
        let tujuan = items(optional(fields, "tujuan"), path: "tujuan").compactMap(readTujuan)
        let program = items(required(fields, "program"), path: "program").compactMap(readProgram)
        // Everything below may refer to the codes defined above.
        let strategi = readStrategi(optional(fields, "strategi"))
        let permasalahan = items(optional(fields, "permasalahan"), path: "permasalahan").compactMap(readMasalahPokok)
        let evaluasi = readEvaluasi(optional(fields, "evaluasi"))
        let kinerja = items(optional(fields, "kinerja_pelayanan"), path: "kinerja_pelayanan").compactMap(readKinerjaPelayanan)
        let usulan = items(optional(fields, "usulan"), path: "usulan").compactMap(readUsulan)
        let belanjaTidakLangsung = readAnggaran(optional(fields, "anggaran"))
        let dinyatakan = readDinyatakan(optional(fields, "dinyatakan"))
        let (teks, teksLocations) = readTeks(optional(fields, "teks"))
        let files = readRealisasiFiles(optional(fields, "realisasi"))
        let tahap = readTahap(fields)
        let landasanHukum = textList(optional(fields, "landasan_hukum"), path: "landasan_hukum")
        let kebijakan = optionalText(fields, "kebijakan") ?? ""
        let arahKebijakan = textList(optional(fields, "arah_kebijakan"), path: "arah_kebijakan")
        let faktorKunci = textList(optional(fields, "faktor_kunci_keberhasilan"), path: "faktor_kunci_keberhasilan")

        guard let tahun, let periods, let settings, let opd, let pengesahan, let visi else { return (nil, files) }
        return (Plan(
            tahun: tahun, tahap: tahap, settings: settings, opd: opd, renstra: periods.renstra, rpjmd: periods.rpjmd,
            pengesahan: pengesahan, landasanHukum: landasanHukum, visi: visi, misi: misi, misiAcuan: misiAcuan,
            tujuan: tujuan, strategi: strategi, kebijakan: kebijakan, arahKebijakan: arahKebijakan,
            faktorKunciKeberhasilan: faktorKunci, permasalahan: permasalahan, evaluasi: evaluasi, kinerjaPelayanan: kinerja, program: program,
            usulan: usulan, belanjaTidakLangsung: belanjaTidakLangsung, dinyatakan: dinyatakan, teks: teks,
            teksLocations: teksLocations, realisasi: Realisasi()), files)
    }

    private func readPeriode(_ node: SpecNode?) -> (renstra: YearRange, rpjmd: YearRange)? {
        guard let node, let fields = fields(node, path: "periode", keys: ["renstra", "rpjmd"]) else { return nil }
        let renstra = readYearRange(required(fields, "renstra"), path: "periode.renstra")
        let rpjmd = readYearRange(required(fields, "rpjmd"), path: "periode.rpjmd")
        guard let renstra, let rpjmd else { return nil }
        return (renstra, rpjmd)
    }

    private func readYearRange(_ node: SpecNode?, path: String) -> YearRange? {
        guard let node, let fields = fields(node, path: SpecPath(path), keys: ["awal", "akhir"]) else { return nil }
        guard let first = integer(required(fields, "awal"), path: fields.path(of: "awal")),
              let last = integer(required(fields, "akhir"), path: fields.path(of: "akhir"))
        else { return nil }
        guard first <= last else {
            error("'\(path)' ends (\(last)) before it begins (\(first))", at: node)
            return nil
        }
        return YearRange(first: first, last: last)
    }

    /// Defaults apply to absent keys; a wrong value is an error, not a default.
    private func readSettings(_ node: SpecNode?) -> Settings? {
        guard let node else { return Settings() }
        guard let fields = fields(node, path: "pengaturan", keys: ["angka", "gaya_uang", "tata_letak_tc29"]) else { return nil }
        var settings = Settings()
        var valid = true
        func read<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type) -> Value? where Value.RawValue == String {
            guard let node = optional(fields, key) else { return nil }
            let value = choice(node, path: fields.path(of: key), as: type)
            if value == nil { valid = false }
            return value
        }
        if let angka = read("angka", Settings.NumberConvention.self) { settings.angka = angka }
        if let gaya = read("gaya_uang", Settings.MoneyStyle.self) { settings.gayaUang = gaya }
        if let tataLetak = read("tata_letak_tc29", Settings.EvaluationLayout.self) { settings.tataLetakTC29 = tataLetak }
        return valid ? settings : nil
    }

    /// The kinds of region the Permendagri knows.
    private enum JenisDaerah: String, CaseIterable {
        case kabupaten, kota, provinsi
    }

    private func readOPD(_ node: SpecNode?) -> OPD? {
        guard let node,
              let fields = fields(node, path: "opd", keys: ["jenis_daerah", "daerah", "jenis", "nama", "lokasi"])
        else { return nil }
        let jenisDaerah = required(fields, "jenis_daerah").flatMap { choice($0, path: "opd.jenis_daerah", as: JenisDaerah.self) }
        let daerah = requiredText(fields, "daerah")
        let jenis = requiredText(fields, "jenis")
        let nama = requiredText(fields, "nama")
        let lokasi = optionalText(fields, "lokasi")
        guard let jenisDaerah, let daerah, let jenis, let nama else { return nil }
        return OPD(jenisDaerah: jenisDaerah.rawValue, daerah: daerah, jenis: jenis, nama: nama, lokasi: lokasi ?? nama)
    }

    private func readPengesahan(_ node: SpecNode?) -> Pengesahan? {
        guard let node,
              let fields = fields(node, path: "pengesahan", keys: ["tempat", "bulan", "jabatan", "nama", "nip"])
        else { return nil }
        let tempat = requiredText(fields, "tempat")
        let bulan = required(fields, "bulan").flatMap(readYearMonth)
        let jabatan = requiredText(fields, "jabatan")
        let nama = requiredText(fields, "nama")
        var nip: String?
        if let node = optional(fields, "nip"), let text = text(node, path: "pengesahan.nip") {
            if text.count == 18, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
                nip = text
            } else {
                error("NIP must be exactly 18 digits, found '\(text)'", at: node)
            }
        }
        guard let tempat, let bulan, let jabatan, let nama else { return nil }
        return Pengesahan(tempat: tempat, tahun: bulan.year, bulan: bulan.month, jabatan: jabatan, nama: nama, nip: nip)
    }

    /// `2019-07`: YAML reads it as text (it is not a date without a day).
    private func readYearMonth(_ node: SpecNode) -> (year: Int, month: Int)? {
        guard let text = text(node, path: "pengesahan.bulan") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = YAMLNumber.integer(String(parts[0])), let month = YAMLNumber.integer(String(parts[1])),
              (1...12).contains(month)
        else {
            error("expected a year and month as \"YYYY-MM\" for 'pengesahan.bulan', found '\(text)'", at: node)
            return nil
        }
        return (year, month)
    }

    private func readMisi(_ item: (node: SpecNode, path: SpecPath)) -> Misi? {
        guard let fields = fields(item.node, path: item.path, keys: ["uraian", "penjelasan", "tujuan"]) else { return nil }
        let uraian = requiredText(fields, "uraian")
        let penjelasan = optionalText(fields, "penjelasan") ?? ""
        let tujuan = textList(optional(fields, "tujuan"), path: fields.path(of: "tujuan"))
        guard let uraian else { return nil }
        return Misi(uraian: uraian, penjelasan: penjelasan, tujuan: tujuan)
    }

    private func readMisiAcuan(_ node: SpecNode?, misiCount: Int) -> [Int] {
        items(node, path: "misi_acuan").compactMap { item in
            guard let number = integer(item.node, path: item.path.description) else { return nil }
            guard (1...max(1, misiCount)).contains(number), misiCount > 0 else {
                error("misi_acuan \(number) is out of range: the spec lists \(misiCount) misi", at: item.node)
                return nil
            }
            return number
        }
    }

    private func readStrategi(_ node: SpecNode?) -> Strategi {
        guard let node, let fields = fields(node, path: "strategi", keys: ["pernyataan", "butir"]) else {
            return Strategi(pernyataan: "", butir: [])
        }
        return Strategi(
            pernyataan: optionalText(fields, "pernyataan") ?? "",
            butir: textList(optional(fields, "butir"), path: "strategi.butir"))
    }

    private func readMasalahPokok(_ item: (node: SpecNode, path: SpecPath)) -> MasalahPokok? {
        guard let fields = fields(item.node, path: item.path, keys: ["masalah_pokok", "masalah"]) else { return nil }
        let uraian = requiredText(fields, "masalah_pokok")
        let masalah = items(optional(fields, "masalah"), path: fields.path(of: "masalah")).compactMap { item -> MasalahPokok.Masalah? in
            guard let fields = self.fields(item.node, path: item.path, keys: ["uraian", "akar_masalah"]),
                  let uraian = requiredText(fields, "uraian")
            else { return nil }
            return MasalahPokok.Masalah(uraian: uraian, akarMasalah: textList(optional(fields, "akar_masalah"), path: fields.path(of: "akar_masalah")))
        }
        guard let uraian else { return nil }
        return MasalahPokok(uraian: uraian, masalah: masalah)
    }

    private func readEvaluasi(_ node: SpecNode?) -> Evaluasi {
        let keys = ["di_bawah_rencana", "sesuai_rencana", "di_atas_rencana"]
        guard let node, let fields = fields(node, path: "evaluasi", keys: keys) else {
            return Evaluasi(diBawahRencana: [], sesuaiRencana: [], diAtasRencana: [])
        }
        // A programme's output is below, on or above plan: never two of them.
        var firstMention: [String: (list: String, line: Int)] = [:]
        func butir(_ key: String) -> [Evaluasi.Butir] {
            items(optional(fields, key), path: fields.path(of: key)).compactMap { item in
                guard let fields = self.fields(item.node, path: item.path, keys: ["program", "penyebab"]),
                      let programNode = required(fields, "program"),
                      let program = text(programNode, path: fields.path(of: "program"))
                else { return nil }
                report(codes.checkReference(program, to: [.program], at: location(of: programNode)))
                if let first = firstMention[program] {
                    error("programme '\(program)' is already evaluated under '\(first.list)' at line \(first.line)", at: programNode)
                } else {
                    firstMention[program] = (key, location(of: programNode).line)
                }
                return Evaluasi.Butir(
                    program: program, penyebab: textList(optional(fields, "penyebab"), path: fields.path(of: "penyebab")),
                    location: location(of: item.node))
            }
        }
        return Evaluasi(diBawahRencana: butir(keys[0]), sesuaiRencana: butir(keys[1]), diAtasRencana: butir(keys[2]))
    }

    private func readKinerjaPelayanan(_ item: (node: SpecNode, path: SpecPath)) -> KinerjaPelayanan? {
        let keys = ["indikator", "satuan", "target", "realisasi", "proyeksi", "catatan"]
        guard let fields = fields(item.node, path: item.path, keys: keys) else { return nil }
        let indikator = requiredText(fields, "indikator")
        let satuan = optionalText(fields, "satuan")
        let percent = satuan == "%"
        let policy = years?.withPreviousPeriod
        let target = yearValues(optional(fields, "target"), path: fields.path(of: "target"), percent: percent, policy: policy)
        let proyeksi = yearValues(optional(fields, "proyeksi"), path: fields.path(of: "proyeksi"), percent: percent, policy: policy)
        // Realisation keeps the years present with null: they print "-" in their own column.
        var realisasi: [Int: Decimal?] = [:]
        let realisasiPath = fields.path(of: "realisasi")
        for (key, value) in entries(optional(fields, "realisasi"), path: realisasiPath) {
            guard let year = year(key, path: realisasiPath, policy: policy) else { continue }
            let valuePath = "\(realisasiPath).\(year)"
            guard let number = decimal(value, path: valuePath) else {
                if value.isNull { realisasi[year] = .some(nil) }
                continue
            }
            if percent, checkPercentage(number, path: valuePath, at: value) == nil { continue }
            realisasi[year] = number
        }
        guard let indikator else { return nil }
        return KinerjaPelayanan(
            indikator: indikator, satuan: satuan, target: target, realisasi: realisasi, proyeksi: proyeksi,
            catatan: optionalText(fields, "catatan"), location: location(of: item.node))
    }

    private func readAnggaran(_ node: SpecNode?) -> Money? {
        guard let node, let fields = fields(node, path: "anggaran", keys: ["belanja_tidak_langsung"]) else { return nil }
        return money(optional(fields, "belanja_tidak_langsung"), path: "anggaran.belanja_tidak_langsung")
    }

    /// `key: [paragraph, ...]`; a single paragraph may be written without the list. With the
    /// paragraphs, where each key is written.
    private func readTeks(_ node: SpecNode?) -> ([String: [String]], [String: SourceLocation]) {
        var teks: [String: [String]] = [:]
        var locations: [String: SourceLocation] = [:]
        for (key, value) in entries(node, path: "teks") {
            guard let name = text(key, path: "teks") else { continue }
            locations[name] = location(of: key)
            let path = "teks.\(name)"
            if value.kind == .sequence {
                teks[name] = textList(value, path: path)
            } else if let paragraph = text(value, path: path) {
                teks[name] = [paragraph]
            }
        }
        return (teks, locations)
    }

    private func readRealisasiFiles(_ node: SpecNode?) -> RealisasiFiles {
        guard let node, let fields = fields(node, path: "realisasi", keys: ["triwulan", "sampai_tahun_lalu"]) else {
            return RealisasiFiles()
        }
        func reference(_ key: String) -> RealisasiFiles.Reference? {
            guard let node = optional(fields, key), let path = text(node, path: fields.path(of: key)) else { return nil }
            // The CSVs belong to the project: a path leaving its folder would make the
            // archive of inputs incomplete.
            guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                error("'\(path)' must be a path inside the project folder", at: node)
                return nil
            }
            return RealisasiFiles.Reference(path: path, location: location(of: node))
        }
        return RealisasiFiles(triwulan: reference("triwulan"), sampaiTahunLalu: reference("sampai_tahun_lalu"))
    }

    /// The stage: one of the documented words; under archived rules (a copy made before they
    /// were a closed list) any case of them, and any other word as no stage.
    private func readTahap(_ fields: MappingFields) -> Tahap? {
        guard rules == .archived else { return choice(optional(fields, "tahap"), path: "tahap", as: Tahap.self) }
        return optionalText(fields, "tahap").flatMap { Tahap(rawValue: $0.lowercased()) }
    }
}
