import Foundation
import RenjaModel

extension SpecReader {
    /// Reads a `kode` and registers it; `nil` when it is missing, not text, or has spaces.
    private func readKode(_ fields: MappingFields, as kind: CodeRegistry.Kind, satuan: String? = nil, kegiatan: String? = nil) -> String? {
        guard let node = required(fields, "kode"), let kode = text(node, path: fields.path(of: "kode")) else { return nil }
        guard !kode.isEmpty, !Self.containsWhitespace(kode) else {
            error("a code may not be empty or contain spaces, found '\(kode)'", at: node)
            return nil
        }
        report(codes.register(kode, as: .init(kind: kind, location: location(of: node), satuan: satuan, kegiatan: kegiatan)))
        return kode
    }

    /// Whether `kode` holds a character that `Character.isWhitespace`. An ASCII code (every
    /// code in practice) is checked byte by byte without breaking it into characters: there a
    /// character is one byte, or CR LF, whose CR is white space too. One pass over the
    /// contiguous UTF-8: two passes through the view's iterator cost ~650 instructions a code.
    static func containsWhitespace(_ kode: String) -> Bool {
        var kode = kode
        let asciiWhitespace = kode.withUTF8 { bytes -> Bool? in
            var found = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if (0x09...0x0D).contains(byte) || byte == UInt8(ascii: " ") { found = true }
            }
            return found
        }
        return asciiWhitespace ?? kode.contains(where: \.isWhitespace)
    }

    func readTujuan(_ item: (node: SpecNode, path: SpecPath)) -> Tujuan? {
        guard let fields = fields(item.node, path: item.path, keys: ["kode", "uraian", "sasaran"]) else { return nil }
        let kode = readKode(fields, as: .tujuan)
        let uraian = requiredText(fields, "uraian")
        let sasaran = items(optional(fields, "sasaran"), path: fields.path(of: "sasaran")).compactMap(readSasaran)
        guard let kode, let uraian else { return nil }
        return Tujuan(kode: kode, uraian: uraian, sasaran: sasaran, location: location(of: item.node))
    }

    private func readSasaran(_ item: (node: SpecNode, path: SpecPath)) -> Sasaran? {
        guard let fields = fields(item.node, path: item.path, keys: ["kode", "uraian", "indikator"]) else { return nil }
        let kode = readKode(fields, as: .sasaran)
        let uraian = requiredText(fields, "uraian")
        let indikator = items(optional(fields, "indikator"), path: fields.path(of: "indikator"))
            .compactMap { readIndikator($0, measured: true) }
        guard let kode, let uraian else { return nil }
        return Sasaran(kode: kode, uraian: uraian, indikator: indikator, location: location(of: item.node))
    }

    /// An indicator; `measured` (sasaran indicators) allows how it is measured (Tabel 2.1).
    /// `kegiatan` is the code of the kegiatan it belongs to, for kegiatan indicators.
    private func readIndikator(_ item: (node: SpecNode, path: SpecPath), measured: Bool, kegiatan: String? = nil) -> Indikator? {
        guard let fields = fields(item.node, path: item.path, keys: measured ? Self.measuredIndikatorKeys : Self.indikatorKeys) else { return nil }
        let satuan = requiredText(fields, "satuan")
        let kode = readKode(fields, as: .indikator, satuan: satuan, kegiatan: kegiatan)
        let uraian = requiredText(fields, "uraian")
        let aturanK = optional(fields, "aturan_k").flatMap { choice($0, path: fields.path(of: "aturan_k"), as: Indikator.KRule.self) }
        let target = yearValues(optional(fields, "target"), path: fields.path(of: "target"), percent: satuan == "%")
        let pengukuran = measured ? readPengukuran(fields) : nil
        guard let kode, let uraian, let satuan else { return nil }
        return Indikator(
            kode: kode, uraian: uraian, satuan: satuan, aturanK: aturanK, target: target, pengukuran: pengukuran,
            location: location(of: item.node))
    }

    /// An indicator's fields. Kept once: joining the two lists for every indicator allocated
    /// and freed an array each time.
    private static let indikatorKeys = ["kode", "uraian", "satuan", "aturan_k", "target"]
    /// How a sasaran indicator is measured (`readPengukuran(_:)`).
    private static let pengukuranKeys = ["jenis_data", "formula", "teknik_pengumpulan_data", "teknik_monev"]
    /// A sasaran indicator's fields, how it is measured included.
    private static let measuredIndikatorKeys = indikatorKeys + pengukuranKeys

    /// How a sasaran indicator is measured: absent, or all four fields.
    private func readPengukuran(_ fields: MappingFields) -> Pengukuran? {
        guard Self.pengukuranKeys.contains(where: { fields[$0] != nil }) else {
            return nil
        }
        let jenisData = requiredText(fields, "jenis_data")
        let formula = required(fields, "formula").flatMap { readFormula($0, path: fields.path(of: "formula")) }
        let teknikPengumpulanData = requiredText(fields, "teknik_pengumpulan_data")
        let teknikMonev = requiredText(fields, "teknik_monev")
        guard let jenisData, let formula, let teknikPengumpulanData, let teknikMonev else { return nil }
        return Pengukuran(jenisData: jenisData, formula: formula, teknikPengumpulanData: teknikPengumpulanData, teknikMonev: teknikMonev)
    }

    /// `{teks: ...}` or `{pembilang, penyebut, pengali?, satuan?}`, never both.
    private func readFormula(_ node: SpecNode, path: String) -> Formula? {
        guard let fields = fields(node, path: SpecPath(path), keys: ["teks", "pembilang", "penyebut", "pengali", "satuan"]) else { return nil }
        if fields["teks"] != nil {
            if let fractionKey = ["pembilang", "penyebut", "pengali", "satuan"].first(where: { fields[$0] != nil }) {
                error("'\(path)' is either a text ('teks') or a fraction, not both ('\(fractionKey)')", at: node)
                return nil
            }
            return requiredText(fields, "teks").map(Formula.teks)
        }
        let pembilang = requiredText(fields, "pembilang")
        let penyebut = requiredText(fields, "penyebut")
        let pengali = decimal(optional(fields, "pengali"), path: fields.path(of: "pengali"))
        guard let pembilang, let penyebut else { return nil }
        return .pecahan(pembilang: pembilang, penyebut: penyebut, pengali: pengali, satuan: optionalText(fields, "satuan"))
    }

    func readProgram(_ item: (node: SpecNode, path: SpecPath)) -> Program? {
        let keys = ["kode", "nama", "sasaran", "sasaran_program", "kelompok_sasaran", "indikator", "kegiatan"]
        guard let fields = fields(item.node, path: item.path, keys: keys) else { return nil }
        let kode = readKode(fields, as: .program)
        let nama = requiredText(fields, "nama")
        var sasaran: String?
        if let node = optional(fields, "sasaran"), let code = text(node, path: fields.path(of: "sasaran")) {
            report(codes.checkReference(code, to: [.sasaran], at: location(of: node)))
            sasaran = code
        }
        let indikator = items(optional(fields, "indikator"), path: fields.path(of: "indikator"))
            .compactMap { readIndikator($0, measured: false) }
        let kegiatan = items(optional(fields, "kegiatan"), path: fields.path(of: "kegiatan")).compactMap(readKegiatan)
        guard let kode, let nama else { return nil }
        return Program(
            kode: kode, nama: nama, sasaran: sasaran, sasaranProgram: optionalText(fields, "sasaran_program"),
            kelompokSasaran: optionalText(fields, "kelompok_sasaran"), indikator: indikator, kegiatan: kegiatan,
            location: location(of: item.node))
    }

    private func readKegiatan(_ item: (node: SpecNode, path: SpecPath)) -> Kegiatan? {
        let keys = [
            "kode", "nama", "kelompok_sasaran", "lokasi", "sumber_dana", "catatan", "pagu", "pagu_renstra", "indikator",
            "analisis_kebutuhan",
        ]
        guard let fields = fields(item.node, path: item.path, keys: keys) else { return nil }
        let kode = readKode(fields, as: .kegiatan)
        let nama = requiredText(fields, "nama")
        let pagu = yearMoney(optional(fields, "pagu"), path: fields.path(of: "pagu"))
        let paguRenstra = money(optional(fields, "pagu_renstra"), path: fields.path(of: "pagu_renstra"))
        let indikator = items(optional(fields, "indikator"), path: fields.path(of: "indikator"))
            .compactMap { readIndikator($0, measured: false, kegiatan: kode) }
        let analisis = optional(fields, "analisis_kebutuhan").flatMap {
            readAnalisisKebutuhan($0, path: fields.path(of: "analisis_kebutuhan"), kegiatan: kode)
        }
        guard let kode, let nama else { return nil }
        return Kegiatan(
            kode: kode, nama: nama, kelompokSasaran: optionalText(fields, "kelompok_sasaran"),
            lokasi: optionalText(fields, "lokasi"), sumberDana: optionalText(fields, "sumber_dana"),
            catatan: optionalText(fields, "catatan"), pagu: pagu, paguRenstra: paguRenstra, indikator: indikator,
            analisisKebutuhan: analisis, location: location(of: item.node))
    }

    private func readAnalisisKebutuhan(_ node: SpecNode, path: String, kegiatan: String?) -> AnalisisKebutuhan? {
        guard let fields = fields(node, path: SpecPath(path), keys: ["pagu", "catatan", "indikator"]) else { return nil }
        return AnalisisKebutuhan(
            pagu: money(optional(fields, "pagu"), path: fields.path(of: "pagu")),
            indikator: readIndikatorTargets(optional(fields, "indikator"), path: fields.path(of: "indikator"), kegiatan: kegiatan),
            catatan: optionalText(fields, "catatan"))
    }

    func readUsulan(_ item: (node: SpecNode, path: SpecPath)) -> Usulan? {
        guard let fields = fields(item.node, path: item.path, keys: ["kegiatan", "lokasi", "indikator", "catatan"]) else { return nil }
        var kegiatan: String?
        if let node = required(fields, "kegiatan"), let code = text(node, path: fields.path(of: "kegiatan")) {
            report(codes.checkReference(code, to: [.kegiatan], at: location(of: node)))
            kegiatan = code
        }
        let knownKegiatan = kegiatan.flatMap { codes[$0]?.kind == .kegiatan ? $0 : nil }
        let indikator = readIndikatorTargets(optional(fields, "indikator"), path: fields.path(of: "indikator"), kegiatan: knownKegiatan)
        guard let kegiatan else { return nil }
        return Usulan(
            kegiatan: kegiatan, lokasi: optionalText(fields, "lokasi"), indikator: indikator,
            catatan: optionalText(fields, "catatan"), location: location(of: item.node))
    }

    /// Targets for the indicators of one kegiatan (T-C.31, T-C.32). With `kegiatan` unknown
    /// (already reported) the codes are not checked again.
    private func readIndikatorTargets(_ node: SpecNode?, path: String, kegiatan: String?) -> [IndikatorTarget] {
        items(node, path: path).compactMap { item in
            guard let fields = fields(item.node, path: item.path, keys: ["indikator", "uraian", "target"]),
                  let codeNode = required(fields, "indikator"),
                  let code = text(codeNode, path: fields.path(of: "indikator"))
            else { return nil }
            if let kegiatan {
                if let problem = codes.checkReference(code, to: [.indikator], at: location(of: codeNode)) {
                    report(problem)
                } else if codes[code]?.kegiatan != kegiatan {
                    error("indicator '\(code)' does not belong to kegiatan '\(kegiatan)'", at: codeNode)
                }
            }
            var target: Decimal?
            if let targetNode = optional(fields, "target"), let value = decimal(targetNode, path: fields.path(of: "target")) {
                target = codes.isPercentIndicator(code) ? checkPercentage(value, path: fields.path(of: "target"), at: targetNode) : value
            }
            return IndikatorTarget(indikator: code, uraian: optionalText(fields, "uraian"), target: target, location: location(of: item.node))
        }
    }
}
