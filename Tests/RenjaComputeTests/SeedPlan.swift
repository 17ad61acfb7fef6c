import Foundation
import RenjaModel

/// The Jatiroto 2020 seed's programmes with the figures of its T-C.29 rows 1-11 (where the
/// seed is right) and its T-C.33 pagu, plus one past-only programme (seed row 20) and the
/// figures the seed states in BAB IV and T-C.29.
enum SeedPlan {
    private typealias B = PlanBuilder

    static let program: [Program] = [
        B.program("P01", indikator: [
            B.indikator("P01.I1", satuan: "%", target: [2019: 100, 2020: 87, 2021: 88, 2023: 90], line: 10),
        ], kegiatan: [
            B.kegiatan("P01.K01", pagu: [2019: Money(304_088_000), 2020: Money(350_000_000), 2021: Money(375_000_000)],
                       paguRenstra: Money(1_814_088_000),
                       indikator: [B.indikator("P01.K01.I1", satuan: "Jenis", target: [2019: 23, 2020: 23, 2021: 23, 2023: 23])],
                       line: 11),
        ], line: 9),
        B.program("P02", indikator: [
            B.indikator("P02.I1", satuan: "%", target: [2019: 65, 2020: 75, 2021: 80, 2023: 90], line: 13),
        ], kegiatan: [
            B.kegiatan("P02.K01", pagu: [2019: Money(23_500_000), 2020: Money(3_200_000_000), 2021: Money(150_000_000)],
                       paguRenstra: Money(5_073_500_000),
                       indikator: [B.indikator("P02.K01.I1", satuan: "Jenis", target: [2019: 5, 2020: 10, 2021: 10, 2023: 10])],
                       line: 14),
            B.kegiatan("P02.K02", pagu: [2019: Money(68_490_000), 2020: Money(95_000_000), 2021: Money(110_000_000)],
                       paguRenstra: Money(553_490_000),
                       indikator: [B.indikator("P02.K02.I1", satuan: "Jenis", target: [2019: 8, 2020: 20, 2021: 30, 2023: 30])],
                       line: 15),
        ], line: 12),
        B.program("P03", indikator: [
            B.indikator("P03.I1", satuan: "%", target: [2019: 100, 2020: 100, 2021: 100, 2023: 100], line: 17),
        ], kegiatan: [
            B.kegiatan("P03.K01", pagu: [2020: Money(1_500_000), 2021: Money(2_000_000)], paguRenstra: Money(9_000_000), line: 18),
            B.kegiatan("P03.K02", pagu: [2019: Money(919_000), 2020: Money(2_500_000), 2021: Money(3_000_000)], paguRenstra: Money(16_419_000), line: 19),
            B.kegiatan("P03.K03", pagu: [2020: Money(2_500_000), 2021: Money(3_000_000)], paguRenstra: Money(15_500_000), line: 20),
            B.kegiatan("P03.K04", pagu: [2019: Money(745_000), 2020: Money(1_500_000), 2021: Money(2_000_000)], paguRenstra: Money(11_745_000), line: 21),
            B.kegiatan("P03.K05", pagu: [2019: Money(1_158_000), 2020: Money(7_000_000), 2021: Money(7_500_000)], paguRenstra: Money(17_658_000), line: 22),
        ], line: 16),
        B.program("P04", kegiatan: [
            B.kegiatan("P04.K01", pagu: [2020: Money(50_000_000), 2021: Money(65_000_000)], line: 24),
            B.kegiatan("P04.K02", pagu: [2020: Money(200_000_000), 2021: Money(250_000_000)], line: 25),
            B.kegiatan("P04.K03", pagu: [2020: Money(40_000_000), 2021: Money(75_000_000)], line: 26),
            B.kegiatan("P04.K04", pagu: [2020: Money(210_000_000), 2021: Money(250_000_000)], line: 27),
            B.kegiatan("P04.K05", pagu: [2020: Money(15_000_000), 2021: Money(25_000_000)], line: 28),
        ], line: 23),
        // Past-only: realised up to 2018, planned neither in 2020 nor 2021.
        B.program("P05", kegiatan: [
            B.kegiatan("P05.K01", indikator: [B.indikator("P05.K01.I1", satuan: "kegiatan")], line: 30),
        ], line: 29),
    ]

    static let realisasi = Realisasi(
        triwulan: [
            B.triwulan(1, "P01.I1", k: "21.96"), B.triwulan(2, "P01.I1", k: "41.59"),
            B.triwulan(1, "P01.K01", rp: "66779395"), B.triwulan(2, "P01.K01", rp: "126461076"),
            B.triwulan(1, "P02.I1", k: "9.55"), B.triwulan(2, "P02.I1", k: "44.01"),
            B.triwulan(1, "P02.K02", rp: "6540000"), B.triwulan(2, "P02.K02", rp: "30139725"),
        ],
        sampaiTahunLalu: [
            B.sampaiTahunLalu("P01.I1", k: "99.34"), B.sampaiTahunLalu("P01.K01", rp: "342181137.68"),
            B.sampaiTahunLalu("P02.I1", k: "95"),
            B.sampaiTahunLalu("P02.K01", rp: "245304000"), B.sampaiTahunLalu("P02.K02", rp: "70625900"),
            B.sampaiTahunLalu("P03.I1", k: "100"),
            B.sampaiTahunLalu("P03.K01", rp: "547000"), B.sampaiTahunLalu("P03.K02", rp: "919000"),
            B.sampaiTahunLalu("P03.K03", rp: "613000"), B.sampaiTahunLalu("P03.K04", rp: "745000"),
            B.sampaiTahunLalu("P03.K05", rp: "4344000"),
            B.sampaiTahunLalu("P05.K01", rp: "51565000"),
        ]
    )

    /// What the seed states: BAB IV's double-counted Belanja Langsung and its total, and
    /// T-C.29 cells of row 1 (the K achievement 26,00% is wrong, the others right).
    static let dinyatakan: [StatedFigure] = [
        StatedFigure(.belanjaLangsung, value: 8_350_000_000, location: B.location(40)),
        StatedFigure(.totalAnggaran, value: 9_567_977_199, location: B.location(41)),
        StatedFigure(.paguProgram(program: "P01", tahun: 2020), value: 350_000_000, location: B.location(42)),
        StatedFigure(.evaluasi(kode: "P01.I1", kolom: 13, aspek: .k), value: B.decimal("70.47"), location: B.location(43)),
        StatedFigure(.evaluasi(kode: "P01.I1", kolom: 14, aspek: .k), value: B.decimal("26.00"), location: B.location(44)),
        StatedFigure(.evaluasi(kode: "P01.K01", kolom: 13, aspek: .rp), value: 468_642_214, location: B.location(45)),
        StatedFigure(.evaluasi(kode: "P01.K01", kolom: 14, aspek: .rp), value: B.decimal("25.83"), location: B.location(46)),
    ]

    static let plan = PlanBuilder.plan(
        program: program, realisasi: realisasi, belanjaTidakLangsung: Money(1_217_977_199), dinyatakan: dinyatakan,
        landasanHukum: ["UU 25/2004", "UU 23/2014", "PP 8/2008"]
    )
}
