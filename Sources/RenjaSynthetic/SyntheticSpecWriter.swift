import Foundation

/// Writes a `SyntheticOutline` as `renja.yaml` in the format of docs/plan-spec.md, filling
/// every section the templates print, with the stated totals equal to the computed ones.
struct SyntheticSpecWriter {
    static let triwulanPath = "realisasi/triwulan.csv"
    static let sampaiTahunLaluPath = "realisasi/capaian.csv"

    private var lines: [String] = []

    static func yaml(_ outline: SyntheticOutline) -> String {
        var writer = SyntheticSpecWriter()
        writer.writeHeader(outline)
        writer.writeStrategy()
        writer.writeEvaluasi(outline)
        writer.writeSources(outline)
        writer.writeTujuan(outline)
        writer.writeProgram(outline)
        writer.writeStatedFigures(outline)
        return writer.lines.joined(separator: "\n") + "\n"
    }

    private mutating func line(_ text: String) {
        lines.append(text)
    }

    private mutating func writeHeader(_ outline: SyntheticOutline) {
        let n = outline.tahun
        line("# A synthetic project written by `renja generate`; every figure is invented.")
        line("format: 1")
        line("tahun: \(n)")
        line("tahap: rancangan akhir")
        line("pengaturan: {angka: id, gaya_uang: puebi, tata_letak_tc29: triwulan}")
        line("opd:")
        line("  jenis_daerah: kabupaten")
        line("  daerah: \(quoted(outline.daerah))")
        line("  jenis: \(outline.jenisOPD)")
        line("  nama: \(quoted(outline.namaOPD))")
        line("  lokasi: \(quoted("Kabupaten \(outline.daerah)"))")
        line("periode:")
        line("  renstra: {awal: \(n - 2), akhir: \(n + 3)}")
        line("  rpjmd: {awal: \(n - 2), akhir: \(n + 3)}")
        line("pengesahan:")
        line("  tempat: \(quoted(outline.tempat))")
        line("  bulan: \"\(n - 1)-07\"")
        line("  jabatan: \(quoted("KEPALA \(outline.namaOPD.uppercased())"))")
        line("  nama: \(quoted(outline.namaPejabat))")
        line("  nip: \"\(outline.nip)\"")
        line("landasan_hukum:")
        line("  - Undang Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional (SPPN);")
        line("  - Undang Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;")
        line("  - Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah;")
        line("visi: TERWUJUDNYA MASYARAKAT \(outline.daerah.uppercased()) YANG MAKMUR, BERDAYA SAING, DAN BERMARTABAT")
        line("misi:")
        for (uraian, tujuan) in [
            ("Pemenuhan kebutuhan dasar untuk mewujudkan masyarakat yang lebih sejahtera dan mandiri", "Meningkatkan kualitas SDM serta pemerataan akses kebutuhan dasar masyarakat."),
            ("Mewujudkan perekonomian daerah berkelanjutan yang berbasis pada pertanian, usaha mikro, dan pariwisata", "Meningkatkan percepatan pertumbuhan ekonomi yang inklusif."),
            ("Reformasi birokrasi yang efektif, profesional, akuntabel, dan transparan", "Meningkatkan reformasi birokrasi dalam penyelenggaraan pemerintahan."),
        ] {
            line("  - uraian: \(quoted(uraian))")
            line("    penjelasan: \(quoted("Bermakna bahwa Pemerintah dan masyarakat bersama-sama berupaya: \(uraian.lowercased())."))")
            line("    tujuan: [\(quoted(tujuan))]")
        }
        line("misi_acuan: [\(outline.misiAcuan)]")
    }

    /// BAB II 2.3 and BAB III 3.2.3-3.2.4: the same for every project.
    private mutating func writeStrategy() {
        line("strategi:")
        line("  pernyataan: Meningkatkan kualitas pelayanan publik")
        line("  butir: [\(quoted("Mengoptimalkan koordinasi lintas sektor")), \(quoted("Mengoptimalkan perencanaan pembangunan partisipatif"))]")
        line("kebijakan: peningkatan sarana dan prasarana aparatur dalam rangka pemenuhan pelayanan internal maupun eksternal")
        line("arah_kebijakan: [\(quoted("Mengoptimalkan kualitas dan kuantitas sarana dan prasarana")), \(quoted("Meningkatkan pembinaan aparatur"))]")
        line("faktor_kunci_keberhasilan: [\(quoted("Komitmen pimpinan dan staf dalam menjalankan tugas;")), \(quoted("Tersedianya aparatur yang profesional;"))]")
        line("permasalahan:")
        line("  - masalah_pokok: Kurang optimalnya kualitas pelayanan perangkat daerah")
        line("    masalah:")
        line("      - uraian: Sarana dan prasarana pelayanan belum memadai")
        line("        akar_masalah: [\(quoted("Kualitas sarana dan prasarana pendukung pelayanan kurang optimal")), \(quoted("Kapasitas aparatur belum terlatih"))]")
    }

    /// BAB II 2.1, 2.2 (T-C.30) and 2.5 (T-C.32).
    private mutating func writeEvaluasi(_ outline: SyntheticOutline) {
        line("evaluasi:")
        for (key, bucket) in [("di_bawah_rencana", 0), ("sesuai_rencana", 1), ("di_atas_rencana", 2)] {
            let programs = outline.program.filter { $0.evaluasi == bucket }
            guard !programs.isEmpty else {
                line("  \(key): []")
                continue
            }
            line("  \(key):")
            for program in programs {
                line("    - program: \(program.kode)")
                if bucket == 0 {
                    line("      penyebab: [\(quoted("Proses pengadaan barang dan jasa mengalami penyesuaian jadwal"))]")
                }
            }
        }
        let n = outline.tahun
        let kinerja = outline.tujuan.flatMap(\.sasaran).flatMap(\.indikator).prefix(3)
        line("kinerja_pelayanan:")
        for indikator in kinerja {
            let value = indikator.target[n] ?? 80
            line("  - indikator: \(quoted(indikator.uraian))")
            line("    satuan: \(quoted(indikator.satuan))")
            line("    target: \(yearMap((n - 5...n - 2).map { ($0, Swift.min(value, 100)) }))")
            line("    realisasi: {\(n - 2): \(Swift.min(value, 100)), \(n - 1): null}")
            line("    proyeksi: \(yearMap([(n, value), (n + 1, Swift.min(value + 1, 100))]))")
        }
        line("usulan:")
        let usulan = outline.program.flatMap(\.kegiatan).filter(\.diusulkan)
        for kegiatan in usulan {
            guard let indikator = kegiatan.indikator.first, let target = indikator.target[n] else { continue }
            line("  - kegiatan: \(kegiatan.kode)")
            line("    indikator: [{indikator: \(indikator.kode), target: \(target)}]")
        }
    }

    /// The budget outside the kegiatan, the OPD's own paragraphs and the CSV paths.
    private mutating func writeSources(_ outline: SyntheticOutline) {
        line("anggaran: {belanja_tidak_langsung: \(outline.belanjaTidakLangsung)}")
        line("teks:")
        line("  penetapan_sasaran: [\(quoted(SyntheticVocabulary.kalimat[0]))]")
        line("  review_rkpd: [\(quoted(SyntheticVocabulary.kalimat[1]))]")
        line("  usulan_masyarakat: [\(quoted(SyntheticVocabulary.kalimat[2])), \(quoted(SyntheticVocabulary.kalimat[3]))]")
        line("realisasi:")
        line("  triwulan: \(Self.triwulanPath)")
        line("  sampai_tahun_lalu: \(Self.sampaiTahunLaluPath)")
    }

    private mutating func writeTujuan(_ outline: SyntheticOutline) {
        line("tujuan:")
        for tujuan in outline.tujuan {
            line("  - kode: \(tujuan.kode)")
            line("    uraian: \(quoted(tujuan.uraian))")
            line("    sasaran:")
            for sasaran in tujuan.sasaran {
                line("      - kode: \(sasaran.kode)")
                line("        uraian: \(quoted(sasaran.uraian))")
                line("        indikator:")
                for (index, indikator) in sasaran.indikator.enumerated() {
                    line("          - kode: \(indikator.kode)")
                    line("            uraian: \(quoted(indikator.uraian))")
                    line("            satuan: \(quoted(indikator.satuan))")
                    line("            jenis_data: Kuantitatif")
                    if index.isMultiple(of: 2) {
                        line("            formula: {teks: \(quoted(indikator.uraian))}")
                    } else {
                        line("            formula: {pembilang: \(quoted("Jumlah capaian yang terpenuhi")), penyebut: \(quoted("Jumlah seluruh sasaran")), pengali: 100, satuan: \"%\"}")
                    }
                    line("            teknik_pengumpulan_data: Data bersumber dari laporan seksi dan subbagian")
                    line("            teknik_monev: Melakukan evaluasi secara berkala")
                    line("            target: \(yearMap(indikator.target))")
                }
            }
        }
    }

    private mutating func writeProgram(_ outline: SyntheticOutline) {
        line("program:")
        for program in outline.program {
            line("  - kode: \(program.kode)")
            line("    nama: \(quoted(program.nama))")
            line("    sasaran: \(program.sasaran)")
            line("    sasaran_program: \(quoted(program.sasaranProgram))")
            line("    kelompok_sasaran: \(quoted(program.kelompokSasaran))")
            writeIndikator(program.indikator, indent: "    ")
            line("    kegiatan:")
            for kegiatan in program.kegiatan {
                line("      - kode: \(kegiatan.kode)")
                line("        nama: \(quoted(kegiatan.nama))")
                line("        sumber_dana: \(kegiatan.sumberDana)")
                line("        pagu: \(yearMap(kegiatan.pagu))")
                line("        pagu_renstra: \(kegiatan.paguRenstra)")
                writeIndikator(kegiatan.indikator, indent: "        ")
                if let analisisPagu = kegiatan.analisisPagu, let first = kegiatan.indikator.first, let target = first.target[outline.tahun] {
                    line("        analisis_kebutuhan:")
                    line("          pagu: \(analisisPagu)")
                    line("          indikator: [{indikator: \(first.kode), target: \(target)}]")
                }
            }
        }
    }

    private mutating func writeIndikator(_ indikator: [SyntheticOutline.Indikator], indent: String) {
        line("\(indent)indikator:")
        for item in indikator {
            line("\(indent)  - kode: \(item.kode)")
            line("\(indent)    uraian: \(quoted(item.uraian))")
            line("\(indent)    satuan: \(quoted(item.satuan))")
            line("\(indent)    target: \(yearMap(item.target))")
        }
    }

    /// The totals a source document would state: equal to the computed ones, so the
    /// project checks without warnings while the comparison still runs.
    private mutating func writeStatedFigures(_ outline: SyntheticOutline) {
        let n = outline.tahun
        line("dinyatakan:")
        line("  belanja_langsung: \(outline.belanjaLangsung)")
        line("  total_anggaran: \(outline.belanjaLangsung + outline.belanjaTidakLangsung)")
        line("  pagu_program:")
        for program in outline.program {
            let pagu = program.kegiatan.compactMap { $0.pagu[n] }
            guard !pagu.isEmpty else { continue }
            line("    \(program.kode): {\(n): \(pagu.reduce(0, +))}")
        }
    }

    private func yearMap(_ values: [Int: Int]) -> String {
        yearMap(values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    private func yearMap(_ values: [(Int, Int)]) -> String {
        "{" + values.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A YAML double-quoted scalar; the vocabulary holds no control characters.
    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
