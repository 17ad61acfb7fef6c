import RenjaCompute
import RenjaDocument
import RenjaModel
import XCTest

/// The default templates in `templates/` parse and fill a small plan without a single diagnostic,
/// and the seed's numbering and counting errors cannot happen.
final class TemplateDefaultsTests: XCTestCase {
    private func build(_ plan: Plan = TemplateTestPlan.plan()) throws -> Document {
        let (set, loadDiagnostics) = TemplateSet.load(defaultDirectory: TemplateTestPlan.defaultTemplates)
        XCTAssertEqual(loadDiagnostics, [])
        let templates = try XCTUnwrap(set)
        let (figures, _) = computeFigures(plan)
        let (document, diagnostics) = DocumentBuilder().build(plan: plan, figures: figures, templates: templates, blocks: TemplateTestPlan.blocks())
        XCTAssertEqual(diagnostics.map(\.description), [])
        return try XCTUnwrap(document)
    }

    func testDefaultTemplatesFillWithoutDiagnostics() throws {
        let document = try build()
        XCTAssertEqual(document.coverLines, ["RENJA", "(RENCANA KERJA)", "KECAMATAN JATIROTO", "2020"])
        XCTAssertEqual(document.title, "Rencana Kerja Kecamatan Jatiroto Kabupaten Lumajang Tahun 2020")
        XCTAssertEqual(document.sections.map(\.title), [
            "PENGANTAR", "DAFTAR ISI", "PENDAHULUAN", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN 2018",
            "TUJUAN DAN SASARAN PERANGKAT DAERAH", "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH", "PENUTUP",
        ])
        XCTAssertEqual(document.sections.map(\.number), [nil, nil, "I", "II", "III", "IV", "V"])
        XCTAssertEqual(document.sections[1].blocks, [.tableOfContents])
    }

    func testSectionsAreNumberedConsecutivelyBelowTheirChapter() throws {
        let document = try build()
        let bab3 = document.sections[4]
        XCTAssertEqual(bab3.subsections.map(\.number), ["3.1", "3.2", "3.3"])
        XCTAssertEqual(bab3.subsections[1].subsections.map(\.number), ["3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5"])
        XCTAssertEqual(document.sections[5].subsections.map(\.number), ["4.1", "4.2", "4.3"])
    }

    func testSistematikaCountsAndNamesTheActualChapters() throws {
        let sistematika = try XCTUnwrap(try build().sections[2].subsections.last)
        XCTAssertEqual(sistematika.number, "1.4")
        XCTAssertEqual(sistematika.blocks.first, .paragraph([.text(
            "Renja Kecamatan Jatiroto Kabupaten Lumajang Tahun 2020 terdiri dari 5 (lima) bab dengan sistematika sebagai berikut:")]))
        XCTAssertEqual(sistematika.blocks[1], .paragraph([.strong([.reference(id: "bab-1", label: "BAB I"), .text(" : PENDAHULUAN")])]))
        XCTAssertEqual(sistematika.blocks[3], .paragraph([.strong([
            .reference(id: "bab-2", label: "BAB II"), .text(" : HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN 2018"),
        ])]))
        XCTAssertTrue(sistematika.blocks.contains(.paragraph([.text(
            "Berisi tentang: Review terhadap hasil evaluasi pelaksanaan Renja Perangkat Daerah Tahun 2018 dan perkiraan capaian Tahun 2019, analisis kinerja pelayanan, isu-isu penting penyelenggaraan tugas dan fungsi, review terhadap rancangan awal RKPD, serta penelaahan usulan program dan kegiatan masyarakat.")])))
        XCTAssertTrue(sistematika.blocks.contains(.paragraph([.strong([.reference(id: "bab-5", label: "BAB V"), .text(" : PENUTUP")])])))
    }

    func testCountsInProseAreComputed() throws {
        let sasaran = try build().sections[4].subsections[1].subsections[1]
        XCTAssertEqual(sasaran.blocks[1], .paragraph([.text(
            "Untuk mencapai tujuan tersebut ditetapkan 1 (satu) sasaran dan 3 (tiga) indikator sasaran sebagai berikut:")]))
    }

    func testAlokasiAnggaranPrintsTheKegiatanSumInFiguresAndWords() throws {
        let alokasi = try build().sections[5].subsections[2]
        guard case .paragraph(let inlines) = alokasi.blocks.first else { return XCTFail("no paragraph") }
        XCTAssertEqual(inlines, [
            .text("Jumlah anggaran yang dialokasikan untuk mendukung pelaksanaan program dan kegiatan Kecamatan Jatiroto Tahun Anggaran 2020 direncanakan sebesar "),
            .strong([.text("Rp4.862.977.199,00")]),
            .text(" (empat miliar delapan ratus enam puluh dua juta sembilan ratus tujuh puluh tujuh ribu seratus sembilan puluh sembilan rupiah), dengan perincian untuk Belanja Langsung sebesar "),
            .strong([.text("Rp3.645.000.000,00")]),
            .text(" (tiga miliar enam ratus empat puluh lima juta rupiah) dan untuk Belanja Tidak Langsung sebesar "),
            .strong([.text("Rp1.217.977.199,00")]),
            .text(" (satu miliar dua ratus tujuh belas juta sembilan ratus tujuh puluh tujuh ribu seratus sembilan puluh sembilan rupiah)."),
        ])
    }

    func testChapterTablesAndFiguresAreNumberedPerChapterAndReferencesResolved() throws {
        let document = try build()
        var labels: [String: String] = [:]
        func collect(_ section: Section) {
            for block in section.blocks {
                switch block {
                case .table(let table): labels[table.id] = table.number
                case .figure(let figure): labels[figure.id] = figure.number
                case .paragraph(let inlines):
                    for case .reference(let id, let label) in inlines { labels["ref:\(id)"] = label }
                default: break
                }
            }
            section.subsections.forEach(collect)
        }
        document.sections.forEach(collect)
        XCTAssertEqual(labels["gambar-hubungan-dokumen"], "1.1")
        XCTAssertEqual(labels["tc-29"], "T-C.29")
        XCTAssertEqual(labels["tabel-teknik-pengumpulan-data"], "2.1")
        XCTAssertEqual(labels["tabel-permasalahan"], "2.2")
        XCTAssertEqual(labels["tabel-misi"], "3.1")
        XCTAssertEqual(labels["tabel-tujuan-sasaran"], "3.2")
        XCTAssertEqual(labels["tabel-program-kegiatan"], "4.1")
        XCTAssertEqual(labels["ref:tc-31"], nil, "the plan's own review text replaces the generic one")
        XCTAssertEqual(labels["ref:tc-33"], "Tabel T-C.33")
        XCTAssertEqual(labels["ref:tabel-permasalahan"], "Tabel 2.2")
        XCTAssertEqual(labels["ref:gambar-hubungan-dokumen"], "Gambar 1.1")
    }

    func testEvaluationListsNameProgrammesAndSayWhenEmpty() throws {
        let evaluasi = try build().sections[3].subsections[0]
        guard case .list(let abc) = evaluasi.blocks[1] else { return XCTFail("no a/b/c list") }
        XCTAssertEqual(abc.marker, .loweralpha)
        XCTAssertEqual(abc.items[0][1], .list(ListBlock(marker: .arabic, items: [[
            .paragraph([.text("Program Peningkatan Sarana dan Prasarana Aparatur")]),
            .paragraph([.text("Penyebab realisasi tidak memenuhi keluaran yang direncanakan:")]),
            .list(ListBlock(marker: .arabicParen, items: [[.paragraph([.text("Merek tidak tersedia di e-Catalog.")])]])),
        ]])))
        XCTAssertEqual(abc.items[2][1], .paragraph([.text("Tidak terdapat program/kegiatan yang melebihi keluaran yang direncanakan.")]))
    }

    func testProgrammeListShowsOnlyPlannedKegiatan() throws {
        let programKegiatan = try build().sections[4].subsections[2]
        guard case .list(let programmes) = programKegiatan.blocks[2] else { return XCTFail("no programme list") }
        XCTAssertEqual(programmes.items[1].last, .list(ListBlock(marker: .loweralpha, items: [
            [.paragraph([.text("Pengadaan Sarana Aparatur")])], [.paragraph([.text("Pemeliharaan Sarana Aparatur")])],
        ])))
    }

    /// T-C.29 heads column 13 "13 = 6 + 12", which holds for Rp and for counts; a note under
    /// the table says which indicators' K is averaged or the latest instead (a verifier adding
    /// 6 and 12 of a percentage found 13 wrong).
    func testANoteUnderTC29NamesTheIndicatorsWhoseKIsNotASum() throws {
        let here = SourceLocation(file: "renja.yaml", line: 1, column: 1)
        var plan = TemplateTestPlan.plan()
        plan.program[0].indikator = [
            Indikator(kode: "P01.I1", uraian: "Persentase layanan tepat waktu", satuan: "%", target: [:], location: here),
            Indikator(kode: "P01.I2", uraian: "Indeks kepuasan", satuan: "indeks", target: [:], location: here),
        ]
        plan.program[0].kegiatan[0].indikator = [
            Indikator(kode: "P01.K01.I1", uraian: "Dokumen laporan", satuan: "Dokumen", aturanK: .terakhir, target: [:], location: here),
            Indikator(kode: "P01.K01.I2", uraian: "Surat diproses", satuan: "Surat", target: [:], location: here),
        ]
        let evaluasi = try build(plan).sections[3].subsections[0]
        let afterTable = evaluasi.blocks.drop { $0 != TemplateTestPlan.blocks()["tc-29"] }.dropFirst()
        XCTAssertEqual(afterTable.first, .paragraph([.text(
            "Catatan: rumus kolom 13 = 6 + 12 berlaku untuk anggaran (Rp) dan untuk kinerja (K) yang realisasinya dapat dijumlahkan. "
                + "Untuk 2 (dua) indikator (satuan %, indeks), K pada kolom tersebut adalah rata-rata realisasi periode yang dilaporkan. "
                + "Untuk 1 (satu) indikator (satuan Dokumen), K pada kolom tersebut adalah realisasi periode terakhir.")]))
    }

    /// The short layout is K only and its column 9 a target: the note said "anggaran (Rp)" and
    /// "realisasi periode" of a form that has neither.
    func testTheNoteUnderTheShortTC29SpeaksOfItsOwnColumns() throws {
        let here = SourceLocation(file: "renja.yaml", line: 1, column: 1)
        var plan = TemplateTestPlan.plan()
        plan.settings = Settings(tataLetakTC29: .ringkas)
        plan.program[0].indikator = [Indikator(kode: "P01.I1", uraian: "Persentase", satuan: "%", target: [:], location: here)]
        let evaluasi = try build(plan).sections[3].subsections[0]
        let afterTable = evaluasi.blocks.drop { $0 != TemplateTestPlan.blocks()["tc-29"] }.dropFirst()
        XCTAssertEqual(afterTable.first, .paragraph([.text(
            "Catatan: rumus kolom 10 = 5 + 7 + 9 berlaku untuk indikator yang realisasinya dapat dijumlahkan. "
                + "Untuk 1 (satu) indikator (satuan %), kolom tersebut adalah rata-rata kolom 5, 7 dan 9 yang terisi.")]))
    }

    func testNoNoteUnderTC29WhenEveryKIsASum() throws {
        let evaluasi = try build().sections[3].subsections[0]
        XCTAssertEqual(evaluasi.blocks.last, TemplateTestPlan.blocks()["tc-29"], "the plan's indicators are all counts")
    }

    /// A plan without strategi, kebijakan, arah kebijakan, faktor kunci or evaluation (the
    /// minimal example) printed "Kebijakan ... adalah ." and three contradicting "Tidak
    /// terdapat ..." lines: their sentences are left out with them.
    func testPartsThePlanLeavesOutLeaveNoBrokenSentence() throws {
        var plan = TemplateTestPlan.plan()
        plan.strategi = Strategi(pernyataan: "", butir: [])
        plan.kebijakan = ""
        plan.arahKebijakan = []
        plan.faktorKunciKeberhasilan = []
        plan.evaluasi = Evaluasi(diBawahRencana: [], sesuaiRencana: [], diAtasRencana: [])
        let document = try build(plan)
        let evaluasi = document.sections[3].subsections[0]
        XCTAssertEqual(evaluasi.blocks.count, 2, "the reference to T-C.29 and the table: \(evaluasi.blocks)")
        let strategi = document.sections[4].subsections[1].subsections[2]
        XCTAssertEqual(strategi.blocks.count, 2, "\(strategi.blocks)")
        for block in strategi.blocks {
            guard case .paragraph(let inlines) = block, case .text(let text)? = inlines.first else { return XCTFail("\(block)") }
            XCTAssertFalse(text.contains("adalah .") || text.hasSuffix("berikut:"), text)
        }
        let faktor = document.sections[4].subsections[1].subsections[3]
        XCTAssertEqual(faktor.blocks, [.paragraph([.text(
            "Seiring dengan misi yang ditetapkan, faktor kunci keberhasilan yang turut mendukung pencapaian visi, misi dan "
                + "nilai-nilai organisasi Kecamatan Jatiroto belum dirumuskan.")])])
    }

    /// A Renja Perubahan's cover and title read "RENJA (RENCANA KERJA)" like the Renja it revises.
    func testTheCoverAndTitleOfARenjaPerubahanSaySo() throws {
        var plan = TemplateTestPlan.plan()
        plan.tahap = .perubahan
        let document = try build(plan)
        XCTAssertEqual(document.coverLines, ["RENJA PERUBAHAN", "(RENCANA KERJA PERUBAHAN)", "KECAMATAN JATIROTO", "2020"])
        XCTAssertEqual(document.title, "Rencana Kerja Perubahan Kecamatan Jatiroto Kabupaten Lumajang Tahun 2020")
    }
}
