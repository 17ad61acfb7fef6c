import RenjaCompute
import RenjaModel

extension TemplateContext {
    /// The context of one plan: its words and lists, and its computed figures already printed by
    /// `formatter`. Years are derived from n; counts in prose come with their words. `planned`
    /// is `PlannedProgram.all` of the plan, worked out once for these and the standard blocks.
    public init(plan: Plan, figures: Figures, planned: [PlannedProgram], formatter: RenjaFormatter) {
        let count = formatter.countWithWords
        let sasaran = plan.tujuan.flatMap(\.sasaran)
        let programByKode = Dictionary(plan.program.map { ($0.kode, $0) }, uniquingKeysWith: { first, _ in first })
        var teks = Dictionary(uniqueKeysWithValues: Self.defaultTeksKeys.map { ($0, TemplateValue.list([])) })
        for (key, paragraphs) in plan.teks { teks[key] = .texts(paragraphs) }
        let fields: [String: TemplateValue] = [
            "opd": Self.opd(plan.opd),
            "tahun": .record([
                "n": .text(String(figures.years.n)),
                "n_min_1": .text(String(figures.years.nMinus1)),
                "n_min_2": .text(String(figures.years.nMinus2)),
                "n_plus_1": .text(String(figures.years.nPlus1)),
            ]),
            "tahap": .text(plan.tahap?.rawValue ?? ""),
            // The Renja Perubahan is a document of its own name (its cover and title say so).
            "perubahan": .flag(plan.tahap == .perubahan),
            "renstra": Self.period(figures.years.renstra),
            "rpjmd": Self.period(figures.years.rpjmd),
            "pengesahan": .record([
                "tempat": .text(plan.pengesahan.tempat),
                "tanggal": .text(formatter.monthYear(bulan: plan.pengesahan.bulan, tahun: plan.pengesahan.tahun)),
                "jabatan": .text(plan.pengesahan.jabatan),
                "nama": .text(plan.pengesahan.nama),
                "nip": .text(plan.pengesahan.nip.map(formatter.nip) ?? ""),
            ]),
            "landasan_hukum": .texts(plan.landasanHukum),
            "jumlah_landasan_hukum": .text(count(figures.counts.landasanHukum)),
            "visi": .text(plan.visi),
            "misi": .list(plan.misi.enumerated().map { Self.misi($1, nomor: $0 + 1) }),
            "misi_acuan": .list(plan.misiAcuan.compactMap { nomor in
                plan.misi.indices.contains(nomor - 1) ? Self.misi(plan.misi[nomor - 1], nomor: nomor) : nil
            }),
            "tujuan": .list(plan.tujuan.map(Self.tujuan)),
            "jumlah_tujuan": .text(count(plan.tujuan.count)),
            "sasaran": .list(sasaran.map(Self.sasaran)),
            "jumlah_sasaran": .text(count(sasaran.count)),
            "jumlah_indikator_sasaran": .text(count(sasaran.reduce(0) { $0 + $1.indikator.count })),
            "strategi": .record([
                "pernyataan": .text(plan.strategi.pernyataan),
                "butir": .texts(plan.strategi.butir),
                "ada": .flag(!plan.strategi.pernyataan.isEmpty || !plan.strategi.butir.isEmpty),
            ]),
            "kebijakan": .text(plan.kebijakan),
            "arah_kebijakan": .texts(plan.arahKebijakan),
            "faktor_kunci_keberhasilan": .texts(plan.faktorKunciKeberhasilan),
            "evaluasi": .record([
                "di_bawah_rencana": Self.butir(plan.evaluasi.diBawahRencana, programByKode),
                "sesuai_rencana": Self.butir(plan.evaluasi.sesuaiRencana, programByKode),
                "di_atas_rencana": Self.butir(plan.evaluasi.diAtasRencana, programByKode),
                "ada": .flag(!(plan.evaluasi.diBawahRencana.isEmpty && plan.evaluasi.sesuaiRencana.isEmpty && plan.evaluasi.diAtasRencana.isEmpty)),
            ].merging(Self.aturanK(figures.evaluasi, layout: plan.settings.tataLetakTC29, count: count)) { listed, _ in listed }),
            "program": .list(planned.map(Self.program)),
            "jumlah_program": .text(count(figures.counts.program)),
            "jumlah_kegiatan": .text(count(figures.counts.kegiatan)),
            "anggaran": Self.anggaran(figures.anggaran, formatter: formatter),
            "teks": .record(teks),
        ]
        self.init(fields: fields, formatter: formatter)
    }

    private static func opd(_ opd: OPD) -> TemplateValue {
        let daerah = "\(opd.jenisDaerah.prefix(1).uppercased())\(opd.jenisDaerah.dropFirst()) \(opd.daerah)"
        return .record([
            "nama": .text(opd.nama),
            "nama_kapital": .text(opd.nama.uppercased()),
            "jenis": .text(opd.jenis),
            "daerah": .text(daerah),
            "nama_daerah": .text(opd.daerah),
            "nama_lengkap": .text("\(opd.nama) \(daerah)"),
            "lokasi": .text(opd.lokasi),
        ])
    }

    private static func period(_ range: YearRange) -> TemplateValue {
        .record(["awal": .text(String(range.first)), "akhir": .text(String(range.last))])
    }

    private static func misi(_ misi: Misi, nomor: Int) -> TemplateValue {
        .record([
            "nomor": .text(String(nomor)),
            "uraian": .text(misi.uraian),
            "penjelasan": .text(misi.penjelasan),
            "tujuan": .texts(misi.tujuan),
        ])
    }

    private static func tujuan(_ tujuan: Tujuan) -> TemplateValue {
        .record(["kode": .text(tujuan.kode), "uraian": .text(tujuan.uraian), "sasaran": .list(tujuan.sasaran.map(sasaran))])
    }

    private static func sasaran(_ sasaran: Sasaran) -> TemplateValue {
        .record([
            "kode": .text(sasaran.kode),
            "uraian": .text(sasaran.uraian),
            "indikator": .list(sasaran.indikator.map { indikator in
                .record(["kode": .text(indikator.kode), "uraian": .text(indikator.uraian), "satuan": .text(indikator.satuan)])
            }),
        ])
    }

    /// Evaluation items name their programme by code; the text shows its name (or the code, when
    /// validation has already reported an unknown one).
    private static func butir(_ butir: [Evaluasi.Butir], _ programByKode: [String: Program]) -> TemplateValue {
        .list(butir.map { item in
            .record([
                "kode": .text(item.program),
                "nama": .text(programByKode[item.program]?.nama ?? item.program),
                "penyebab": .texts(item.penyebab),
            ])
        })
    }

    /// T-C.29's combining column (13 = 6 + 12, or 10 = 5 + 7 + 9 in the short layout) adds up
    /// the Rp and the K of indicators that add up, but averages or takes the latest K of the
    /// others (`Indikator.KRule`). For a note under the table, so that a verifier adding up a
    /// row's K is not left with a discrepancy: how many indicators follow each other rule, and
    /// their units.
    private static func aturanK(_ rows: [EvaluasiRow], layout: Settings.EvaluationLayout, count: (Int) -> String) -> [String: TemplateValue] {
        // Per rule other than jumlah: how many indicators, and their units in order of appearance.
        var rataRata = (count: 0, units: [String]())
        var terakhir = (count: 0, units: [String]())
        var seen: Set<String> = []
        for row in rows {
            for index in row.indikator.indices where row.indikator[index].aturanK != .jumlah && seen.insert(row.indikator[index].kode).inserted {
                let satuan = row.indikator[index].satuan
                switch row.indikator[index].aturanK {
                case .rataRata:
                    rataRata.count += 1
                    if !rataRata.units.contains(satuan) { rataRata.units.append(satuan) }
                case .terakhir:
                    terakhir.count += 1
                    if !terakhir.units.contains(satuan) { terakhir.units.append(satuan) }
                case .jumlah:
                    break
                }
            }
        }
        let formula = switch layout {
        case .triwulan: EvaluasiRenjaTable.formulaColumns[13]
        case .ringkas: EvaluasiRenjaRingkasTable.formulaColumns[10]
        }
        return [
            "rumus_k": .text(formula ?? ""),
            // The short layout is K only, and its column 9 is a target: the note says so.
            "ringkas": .flag(layout == .ringkas),
            "k_tidak_dijumlah": .flag(rataRata.count + terakhir.count > 0),
            "jumlah_k_rata_rata": .text(rataRata.count == 0 ? "" : count(rataRata.count)),
            "satuan_k_rata_rata": .text(rataRata.units.joined(separator: ", ")),
            "jumlah_k_terakhir": .text(terakhir.count == 0 ? "" : count(terakhir.count)),
            "satuan_k_terakhir": .text(terakhir.units.joined(separator: ", ")),
        ]
    }

    private static func program(_ planned: PlannedProgram) -> TemplateValue {
        .record([
            "kode": .text(planned.program.kode),
            "nama": .text(planned.program.nama),
            "sasaran_program": .text(planned.program.sasaranProgram ?? ""),
            "kegiatan": .list(planned.kegiatan.map { item in
                .record(["kode": .text(item.kegiatan.kode), "nama": .text(item.kegiatan.nama)])
            }),
        ])
    }

    private static func anggaran(_ anggaran: AnggaranFigures, formatter: RenjaFormatter) -> TemplateValue {
        let belanjaTidakLangsung = anggaran.belanjaTidakLangsung ?? .zero
        return .record([
            "belanja_langsung": .text(formatter.money(anggaran.belanjaLangsung)),
            "belanja_langsung_terbilang": .text(formatter.terbilangRupiah(anggaran.belanjaLangsung)),
            "ada_belanja_tidak_langsung": .flag(anggaran.belanjaTidakLangsung != nil),
            "belanja_tidak_langsung": .text(formatter.money(belanjaTidakLangsung)),
            "belanja_tidak_langsung_terbilang": .text(formatter.terbilangRupiah(belanjaTidakLangsung)),
            "total": .text(formatter.money(anggaran.total)),
            "total_terbilang": .text(formatter.terbilangRupiah(anggaran.total)),
        ])
    }
}
