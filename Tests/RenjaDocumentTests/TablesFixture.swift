import Foundation
import RenjaCompute
import RenjaDocument
import RenjaModel
import XCTest

/// A small Renja 2020 in the seed's shape, built in Swift: two planned programmes (one with a
/// kegiatan of three indicators), a past-only kegiatan, quarterly realisation, a needs
/// analysis, proposals, a problem tree and two measured sasaran indicators.
enum TablesFixture {
    static let here = SourceLocation(file: "renja.yaml", line: 1, column: 1)

    static func money(_ text: String) -> Money {
        // Fixture literals only: a Decimal built from a string is exact.
        Money(Decimal(string: text)!)
    }

    static func indikator(_ kode: String, _ uraian: String, _ satuan: String, _ target: [Int: Decimal], pengukuran: Pengukuran? = nil) -> Indikator {
        Indikator(kode: kode, uraian: uraian, satuan: satuan, target: target, pengukuran: pengukuran, location: here)
    }

    static var plan: Plan {
        let sasaran = Sasaran(kode: "S1", uraian: "Meningkatnya kualitas pelayanan", indikator: [
            indikator("S1.I1", "Nilai IKM Kecamatan", "nilai", [2020: 87], pengukuran: Pengukuran(
                jenisData: "Kuantitatif", formula: .teks("Nilai IKM Kecamatan"),
                teknikPengumpulanData: "Survey Kepuasan Masyarakat", teknikMonev: "Evaluasi berkala")),
            indikator("S1.I2", "Persentase desa tepat waktu", "%", [2020: 88], pengukuran: Pengukuran(
                jenisData: "Kuantitatif",
                formula: .pecahan(pembilang: "Jumlah desa tepat waktu", penyebut: "Jumlah seluruh desa", pengali: 100, satuan: "%"),
                teknikPengumpulanData: "Laporan desa", teknikMonev: "Evaluasi berkala")),
        ], location: here)
        let p01 = Program(
            kode: "P01", nama: "Program Pelayanan Administrasi Perkantoran", sasaran: "S1",
            sasaranProgram: "Meningkatnya kualitas pelayanan", kelompokSasaran: "Kecamatan Jatiroto",
            indikator: [indikator("P01.I1", "Persentase pemenuhan pelayanan", "%", [2019: 100, 2020: 87, 2021: 88, 2023: 90])],
            kegiatan: [Kegiatan(
                kode: "P01.K01", nama: "Pelayanan Administrasi dan Operasional Perkantoran", sumberDana: "DAU",
                pagu: [2019: Money(304_088_000), 2020: Money(350_000_000), 2021: Money(375_000_000)],
                paguRenstra: Money(1_814_088_000),
                indikator: [indikator("P01.K01.I1", "Jumlah jenis pelayanan", "Jenis", [2019: 23, 2020: 23, 2021: 23, 2023: 23])],
                analisisKebutuhan: AnalisisKebutuhan(pagu: Money(334_336_000), indikator: [], catatan: "Penyesuaian anggaran"),
                location: here)],
            location: here)
        let p04 = Program(
            kode: "P04", nama: "Program Penyelenggaraan Pemerintahan Kecamatan", sasaran: "S1",
            sasaranProgram: "Meningkatnya kualitas fasilitasi", kelompokSasaran: "Kecamatan Jatiroto",
            indikator: [indikator("P04.I1", "Persentase hasil fasilitasi", "%", [2020: 87, 2021: 88, 2023: 90])],
            kegiatan: [
                Kegiatan(
                    kode: "P04.K01", nama: "Fasilitasi dan Koordinasi Bidang Pemerintahan", kelompokSasaran: "Desa Se Kecamatan Jatiroto",
                    sumberDana: "DAU",
                    pagu: [2019: Money(172_450_000), 2020: Money(200_000_000), 2021: Money(250_000_000)],
                    paguRenstra: Money(1_272_450_000),
                    indikator: [
                        indikator("P04.K01.I1", "Jumlah Desa yang menyusun administrasi", "Desa", [2019: 6, 2020: 6, 2021: 6, 2023: 6]),
                        indikator("P04.K01.I2", "Jumlah Desa yang melaksanakan Pilkades", "Desa", [2021: 2]),
                        indikator("P04.K01.I3", "Jumlah koordinasi yang difasilitasi", "Orang", [2019: 90, 2020: 200, 2021: 200, 2023: 490]),
                    ],
                    analisisKebutuhan: AnalisisKebutuhan(pagu: Money(169_950_000), indikator: [
                        IndikatorTarget(indikator: "P04.K01.I3", uraian: "Jumlah audiensi bersama FORKOMPIMKA", target: 90, location: here),
                    ], catatan: nil),
                    location: here),
                Kegiatan(
                    kode: "P04.K02", nama: "Fasilitasi dan Koordinasi Ketentraman", sumberDana: "DAU",
                    pagu: [2020: Money(40_000_000), 2021: Money(75_000_000)],
                    indikator: [
                        indikator("P04.K02.I1", "Jumlah LINMAS terfasilitasi", "orang", [2020: 250, 2021: 300]),
                        indikator("P04.K02.I2", "Jumlah Desa terpantau", "Desa", [2020: 6, 2021: 6]),
                    ],
                    location: here),
                Kegiatan(
                    kode: "P04.K03", nama: "Kegiatan Pembinaan Karang Taruna", pagu: [2018: Money(2_950_000)],
                    indikator: [indikator("P04.K03.I1", "Jumlah anggota Karang Taruna", "orang", [:])],
                    location: here),
            ],
            location: here)
        let realisasi = Realisasi(
            triwulan: [
                RealisasiEntry(tahun: 2019, triwulan: 1, kode: "P01.I1", k: Decimal(string: "21.96"), rp: nil, location: here),
                RealisasiEntry(tahun: 2019, triwulan: 2, kode: "P01.I1", k: Decimal(string: "41.59"), rp: nil, location: here),
                RealisasiEntry(tahun: 2019, triwulan: 1, kode: "P01.K01", k: nil, rp: Money(66_779_395), location: here),
                RealisasiEntry(tahun: 2019, triwulan: 2, kode: "P01.K01", k: nil, rp: Money(126_461_076), location: here),
            ],
            sampaiTahunLalu: [
                RealisasiEntry(tahun: 2018, triwulan: nil, kode: "P01.I1", k: Decimal(string: "99.34"), rp: nil, location: here),
                RealisasiEntry(tahun: 2018, triwulan: nil, kode: "P01.K01", k: nil, rp: money("342181137.68"), location: here),
            ])
        return Plan(
            tahun: 2020, tahap: .rancanganAkhir, settings: Settings(),
            opd: OPD(jenisDaerah: "kabupaten", daerah: "Lumajang", jenis: "kecamatan", nama: "Kecamatan Jatiroto", lokasi: "Kec. Jatiroto"),
            renstra: YearRange(first: 2018, last: 2023), rpjmd: YearRange(first: 2018, last: 2023),
            pengesahan: Pengesahan(tempat: "Jatiroto", tahun: 2019, bulan: 7, jabatan: "CAMAT JATIROTO", nama: "Drs. PUJIANTO", nip: "196811141990031004"),
            landasanHukum: [], visi: "TERWUJUDNYA MASYARAKAT LUMAJANG YANG MAKMUR",
            misi: [Misi(uraian: "Reformasi birokrasi", penjelasan: "Bermakna bahwa ...", tujuan: [])], misiAcuan: [1],
            tujuan: [Tujuan(kode: "T1", uraian: "Meningkatnya Kepuasan Masyarakat", sasaran: [sasaran], location: here)],
            strategi: Strategi(pernyataan: "", butir: []), kebijakan: "", arahKebijakan: [], faktorKunciKeberhasilan: [],
            permasalahan: [MasalahPokok(uraian: "Kurang terpenuhinya kualitas pelayanan", masalah: [
                .init(uraian: "Kurang terpenuhi kualitas pelayanan publik", akarMasalah: ["Sarana kurang optimal", "Petugas kurang terlatih", "Administrasi belum tertib"]),
                .init(uraian: "Administrasi Pemerintahan Desa belum sesuai", akarMasalah: ["Pendampingan kurang optimal"]),
            ])],
            evaluasi: Evaluasi(diBawahRencana: [], sesuaiRencana: [], diAtasRencana: []),
            kinerjaPelayanan: [KinerjaPelayanan(
                indikator: "Nilai IKM Kecamatan", satuan: "nilai", target: [2015: 75, 2016: 80, 2017: 83, 2018: 85],
                realisasi: [2018: 85, 2019: nil], proyeksi: [2020: 87, 2021: 88], catatan: nil, location: here)],
            program: [p01, p04],
            usulan: [
                Usulan(kegiatan: "P01.K01", lokasi: nil, indikator: [IndikatorTarget(indikator: "P01.K01.I1", target: 28, location: here)], catatan: nil, location: here),
                Usulan(kegiatan: "P04.K01", lokasi: nil, indikator: [
                    IndikatorTarget(indikator: "P04.K01.I1", target: 6, location: here),
                    IndikatorTarget(indikator: "P04.K01.I3", target: 90, location: here),
                ], catatan: nil, location: here),
                Usulan(kegiatan: "P04.K02", lokasi: nil, indikator: [IndikatorTarget(indikator: "P04.K02.I1", target: 180, location: here)], catatan: nil, location: here),
            ],
            belanjaTidakLangsung: nil, dinyatakan: [], teks: [:], realisasi: realisasi)
    }

    /// The standard blocks of the fixture, built as the pipeline builds them.
    static var blocks: [String: Block] {
        blocks(of: plan)
    }

    /// The standard blocks of `plan` (the fixture with some parts replaced), built as the pipeline builds them.
    static func blocks(of plan: Plan) -> [String: Block] {
        let (figures, _) = computeFigures(plan)
        return StandardBlocks.make(plan: plan, figures: figures, formatter: RenjaFormatter(settings: plan.settings))
    }

    static func table(_ id: String) -> Table? {
        table(id, of: plan)
    }

    static func table(_ id: String, of plan: Plan) -> Table? {
        guard case .table(let table)? = blocks(of: plan)[id] else { return nil }
        return table
    }

    /// A programme serving no sasaran, without indicators of its own, for the tables' edge cases.
    static func bareProgram(kegiatan: [Kegiatan]) -> Program {
        Program(
            kode: "P09", nama: "Program Tanpa Indikator", sasaran: nil, sasaranProgram: nil, kelompokSasaran: nil,
            indikator: [], kegiatan: kegiatan, location: here)
    }

    /// A kegiatan of year n only (pagu 2020), for the tables' edge cases.
    static func kegiatan(
        _ kode: String, _ nama: String, pagu: Int, indikator: [Indikator], analisisKebutuhan: AnalisisKebutuhan? = nil
    ) -> Kegiatan {
        Kegiatan(
            kode: kode, nama: nama, pagu: [2020: Money(Decimal(pagu))], indikator: indikator,
            analisisKebutuhan: analisisKebutuhan, location: here)
    }

    /// A kegiatan of year n (pagu 5.000.000) with one indicator of its own (its 2020 target)
    /// and a needs analysis that names one indicator, `analysed`: T-C.31's two sides.
    static func analysedKegiatan(
        _ kode: String, _ nama: String, indikator: (kode: String, uraian: String, satuan: String, target: Decimal),
        analysed: (kode: String, uraian: String, target: Decimal)
    ) -> Kegiatan {
        kegiatan(
            kode, nama, pagu: 5_000_000,
            indikator: [self.indikator(indikator.kode, indikator.uraian, indikator.satuan, [2020: indikator.target])],
            analisisKebutuhan: AnalisisKebutuhan(pagu: nil, indikator: [
                IndikatorTarget(indikator: analysed.kode, uraian: analysed.uraian, target: analysed.target, location: here)
            ], catatan: nil))
    }

    /// The fixture with `program` as its only programme, for the tables' edge cases.
    static func plan(program: Program) -> Plan {
        var plan = plan
        plan.program = [program]
        plan.usulan = []
        return plan
    }
}

extension Cell {
    /// The cell's text runs joined, for assertions.
    var plainText: String {
        content.map(\.plainText).joined()
    }

    /// Whether `other` is this cell placed again rather than an equal cell made apart: a cell
    /// of inlines shares its array, a cell of one text its String (the same bits: the same
    /// storage). A text of up to 15 bytes is held in the String itself, with no storage to
    /// share: asked of such a cell, this fails the test, since any equal cell would pass.
    func sharesContent(with other: Cell, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        if let text = soleText, let otherText = other.soleText {
            guard text.utf8.count > 15 else {
                XCTFail("'\(text)' is held in its String: whether it is shared cannot be seen", file: file, line: line)
                return false
            }
            return withUnsafeBytes(of: text) { bits in withUnsafeBytes(of: otherText) { bits.elementsEqual($0) } }
        }
        return content.withUnsafeBufferPointer { a in other.content.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}

extension Inline {
    /// The text of an inline, ignoring emphasis; formulas have none.
    var plainText: String {
        switch self {
        case .text(let text): text
        case .emphasis(let inner), .strong(let inner): inner.map(\.plainText).joined()
        case .math, .reference, .lineBreak: ""
        }
    }
}
