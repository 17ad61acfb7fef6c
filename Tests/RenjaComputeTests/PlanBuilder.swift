import Foundation
import RenjaModel

/// Hand-built plan values for the tests, so that RenjaCompute is tested without the loader.
/// Every location is in a fictitious `plan.yaml`, on the line given.
enum PlanBuilder {
    static func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: "plan.yaml", line: line, column: 5)
    }

    /// An exact decimal from its text (a `Double` literal would be inexact).
    static func decimal(_ text: String) -> Decimal {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            preconditionFailure("not a decimal: \(text)")
        }
        return value
    }

    static func money(_ text: String) -> Money { Money(decimal(text)) }

    static func indikator(
        _ kode: String, satuan: String, aturanK: Indikator.KRule? = nil, target: [Int: Decimal] = [:], line: Int = 1
    ) -> Indikator {
        Indikator(kode: kode, uraian: "Indikator \(kode)", satuan: satuan, aturanK: aturanK, target: target, location: location(line))
    }

    static func kegiatan(
        _ kode: String, pagu: [Int: Money] = [:], paguRenstra: Money? = nil, indikator: [Indikator] = [],
        analisisKebutuhan: AnalisisKebutuhan? = nil, line: Int = 1
    ) -> Kegiatan {
        Kegiatan(
            kode: kode, nama: "Kegiatan \(kode)", pagu: pagu, paguRenstra: paguRenstra, indikator: indikator,
            analisisKebutuhan: analisisKebutuhan, location: location(line))
    }

    static func program(_ kode: String, indikator: [Indikator] = [], kegiatan: [Kegiatan], line: Int = 1) -> Program {
        Program(
            kode: kode, nama: "Program \(kode)", sasaran: nil, sasaranProgram: nil, kelompokSasaran: "Kecamatan Jatiroto",
            indikator: indikator, kegiatan: kegiatan, location: location(line))
    }

    /// A realisation row up to n-2 (T-C.29 column 6) for year n = 2020.
    static func sampaiTahunLalu(_ kode: String, k: String? = nil, rp: String? = nil) -> RealisasiEntry {
        RealisasiEntry(tahun: 2018, triwulan: nil, kode: kode, k: k.map(decimal), rp: rp.map(money), location: location(1))
    }

    /// A cumulative quarterly realisation row of n-1 (T-C.29 columns 8-11) for year n = 2020.
    static func triwulan(_ quarter: Int, _ kode: String, k: String? = nil, rp: String? = nil) -> RealisasiEntry {
        RealisasiEntry(tahun: 2019, triwulan: quarter, kode: kode, k: k.map(decimal), rp: rp.map(money), location: location(1))
    }

    /// A plan for n = 2020 with the Renstra period 2018-2023 and nothing but what is given.
    static func plan(
        program: [Program], realisasi: Realisasi = Realisasi(), belanjaTidakLangsung: Money? = nil,
        dinyatakan: [StatedFigure] = [], landasanHukum: [String] = [], settings: Settings = Settings()
    ) -> Plan {
        Plan(
            tahun: 2020, tahap: .rancanganAkhir, settings: settings,
            opd: OPD(jenisDaerah: "kabupaten", daerah: "Lumajang", jenis: "kecamatan", nama: "Kecamatan Jatiroto", lokasi: "Kec. Jatiroto"),
            renstra: YearRange(first: 2018, last: 2023), rpjmd: YearRange(first: 2018, last: 2023),
            pengesahan: Pengesahan(tempat: "Jatiroto", tahun: 2019, bulan: 7, jabatan: "CAMAT JATIROTO", nama: "Drs. PUJIANTO", nip: "196811141990031004"),
            landasanHukum: landasanHukum, visi: "", misi: [], misiAcuan: [], tujuan: [],
            strategi: Strategi(pernyataan: "", butir: []), kebijakan: "", arahKebijakan: [], faktorKunciKeberhasilan: [],
            permasalahan: [], evaluasi: Evaluasi(diBawahRencana: [], sesuaiRencana: [], diAtasRencana: []),
            kinerjaPelayanan: [], program: program, usulan: [], belanjaTidakLangsung: belanjaTidakLangsung,
            dinyatakan: dinyatakan, teks: [:], realisasi: realisasi
        )
    }
}
