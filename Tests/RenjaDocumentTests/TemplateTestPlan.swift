import Foundation
import RenjaDocument
import RenjaModel
import RenjaXML

/// A small plan (two programmes, three kegiatan) in the shape of the seed, and fake blocks for
/// every id the default templates place.
enum TemplateTestPlan {
    private static let here = SourceLocation(file: "renja.yaml", line: 1, column: 1)

    /// The repository's default templates folder.
    static let defaultTemplates: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").path

    static func plan() -> Plan {
        let sasaran = Sasaran(kode: "S1", uraian: "Meningkatnya kualitas pelayanan", indikator: [
            Indikator(kode: "S1.I1", uraian: "Nilai IKM Kecamatan", satuan: "nilai", target: [2020: 87], location: here),
            Indikator(kode: "S1.I2", uraian: "Persentase desa tepat waktu", satuan: "%", target: [2020: 88], location: here),
            Indikator(kode: "S1.I3", uraian: "Persentase fasilitasi ditindaklanjuti", satuan: "%", target: [2020: 88], location: here),
        ], location: here)
        let kantor = Program(
            kode: "P01", nama: "Program Pelayanan Administrasi Perkantoran", sasaran: "S1", sasaranProgram: "Meningkatnya kualitas pelayanan",
            kelompokSasaran: "Kecamatan Jatiroto", indikator: [], kegiatan: [
                Kegiatan(kode: "P01.K01", nama: "Pelayanan Administrasi dan Operasional Perkantoran",
                         pagu: [2019: Money(304_088_000), 2020: Money(350_000_000)], indikator: [], location: here),
            ], location: here)
        let aparatur = Program(
            kode: "P02", nama: "Program Peningkatan Sarana dan Prasarana Aparatur", sasaran: "S1", sasaranProgram: nil,
            kelompokSasaran: nil, indikator: [], kegiatan: [
                Kegiatan(kode: "P02.K01", nama: "Pengadaan Sarana Aparatur", pagu: [2020: Money(3_200_000_000)], indikator: [], location: here),
                Kegiatan(kode: "P02.K02", nama: "Pemeliharaan Sarana Aparatur", pagu: [2020: Money(95_000_000)], indikator: [], location: here),
                Kegiatan(kode: "P02.K03", nama: "Kegiatan Lama", pagu: [2018: Money(5_000_000)], indikator: [], location: here),
            ], location: here)
        return Plan(
            tahun: 2020, tahap: .rancanganAkhir, settings: Settings(),
            opd: OPD(jenisDaerah: "kabupaten", daerah: "Lumajang", jenis: "kecamatan", nama: "Kecamatan Jatiroto", lokasi: "Kec. Jatiroto"),
            renstra: YearRange(first: 2018, last: 2023), rpjmd: YearRange(first: 2018, last: 2023),
            pengesahan: Pengesahan(tempat: "Jatiroto", tahun: 2019, bulan: 7, jabatan: "CAMAT JATIROTO", nama: "Drs. PUJIANTO", nip: "196811141990031004"),
            landasanHukum: ["Undang Undang Nomor 25 Tahun 2004 tentang SPPN;", "Undang Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;"],
            visi: "TERWUJUDNYA MASYARAKAT LUMAJANG YANG MAKMUR",
            misi: [
                Misi(uraian: "Pemenuhan kebutuhan dasar", penjelasan: "Bermakna ...", tujuan: ["Meningkatkan kualitas SDM."]),
                Misi(uraian: "Reformasi birokrasi", penjelasan: "Bermakna ...", tujuan: ["Meningkatkan reformasi birokrasi."]),
            ],
            misiAcuan: [2],
            tujuan: [Tujuan(kode: "T1", uraian: "Meningkatnya Kepuasan Masyarakat", sasaran: [sasaran], location: here)],
            strategi: Strategi(pernyataan: "Meningkatkan kualitas pelayanan publik", butir: ["Pemenuhan administrasi desa"]),
            kebijakan: "peningkatan sarana dan prasarana aparatur",
            arahKebijakan: ["Mengoptimalkan sarana dan prasarana"],
            faktorKunciKeberhasilan: ["Komitmen pimpinan dan staf;"],
            permasalahan: [],
            evaluasi: Evaluasi(
                diBawahRencana: [Evaluasi.Butir(program: "P02", penyebab: ["Merek tidak tersedia di e-Catalog."], location: here)],
                sesuaiRencana: [Evaluasi.Butir(program: "P01", penyebab: [], location: here)],
                diAtasRencana: []),
            kinerjaPelayanan: [], program: [kantor, aparatur], usulan: [],
            belanjaTidakLangsung: Money(1_217_977_199), dinyatakan: [],
            teks: ["review_rkpd": ["Dalam RKPD Tahun 2020 terhadap kebutuhan dapat dilihat pada tabel berikut."]],
            realisasi: Realisasi())
    }

    /// Stand-ins for `StandardBlocks.make`: the standard forms with their fixed numbers, the
    /// chapter tables unnumbered.
    static func blocks() -> [String: Block] {
        func table(_ id: String, number: String? = nil) -> Block {
            .table(Table(id: id, number: number, caption: [id], header: [], body: [Row(cells: [Cell(text: id)])]))
        }
        var blocks: [String: Block] = [:]
        for form in ["29", "30", "31", "32", "33"] { blocks["tc-\(form)"] = table("tc-\(form)", number: "T-C.\(form)") }
        for id in ["tabel-teknik-pengumpulan-data", "tabel-permasalahan", "tabel-misi", "tabel-tujuan-sasaran", "tabel-program-kegiatan", "tabel-sasaran-indikator"] {
            blocks[id] = table(id)
        }
        blocks["gambar-hubungan-dokumen"] = .figure(Figure(id: "gambar-hubungan-dokumen", title: "Bagan Hubungan Antar Dokumen Perencanaan Daerah",
                                                           drawing: XMLElement("svg", namespace: XMLNamespaceURI.svg)))
        blocks["tanda-tangan"] = .signature(Signature(placeAndDate: "Jatiroto, Juli 2019", title: "CAMAT JATIROTO", name: "Drs. PUJIANTO", nip: "NIP. 19681114 199003 1 004"))
        return blocks
    }
}
