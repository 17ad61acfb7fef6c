import Foundation
import RenjaModel

/// Builds the T-C.29 rows (the seed's quarterly layout) and collects a warning for every
/// achievement that cannot be computed.
struct EvaluasiBuilder {
    let years: Years
    let realisasi: RealisasiIndex
    private(set) var diagnostics: [Diagnostic] = []

    init(years: Years, realisasi: RealisasiIndex) {
        self.years = years
        self.realisasi = realisasi
    }

    /// Each programme's row followed by its kegiatan rows, numbered from 1.
    mutating func rows(for programs: [Program]) -> [EvaluasiRow] {
        var rows: [EvaluasiRow] = []
        for program in programs {
            let kegiatanRows = program.kegiatan.map { kegiatan in
                EvaluasiRow(
                    nomor: 0, jenis: .kegiatan, kode: kegiatan.kode, nama: kegiatan.nama,
                    kelompokSasaran: kegiatan.kelompokSasaran ?? program.kelompokSasaran,
                    indikator: kegiatan.indikator.map { indikatorEvaluasi($0) },
                    rp: rpCells(of: kegiatan)
                )
            }
            let programRow = EvaluasiRow(
                nomor: 0, jenis: .program, kode: program.kode, nama: program.nama,
                kelompokSasaran: program.kelompokSasaran,
                indikator: program.indikator.map { indikatorEvaluasi($0) },
                rp: rpCells(of: program, kegiatanCells: kegiatanRows.map(\.rp))
            )
            rows.append(programRow)
            rows.append(contentsOf: kegiatanRows)
        }
        for index in rows.indices { rows[index].nomor = index + 1 }
        return rows
    }

    // MARK: K

    private mutating func indikatorEvaluasi(_ indikator: Indikator) -> IndikatorEvaluasi {
        let rule = indikator.resolvedKRule
        let triwulan = realisasi.triwulan(indikator.kode).map { $0?.k }
        let sampaiTahunLalu = realisasi.sampaiTahunLalu(indikator.kode)?.k
        let tahunBerjalan = Self.latest(triwulan)
        let realisasiRenstra = Self.combine(sampaiTahunLalu, tahunBerjalan, by: rule)
        let target = indikator.target[years.renstraAkhir]
        let capaian = achievement(
            realisasiRenstra, of: target, what: "K of indicator \(indikator.kode)", at: indikator.location)
        let cells = EvaluasiCells(
            targetRenstra: target, realisasiSampaiTahunLalu: sampaiTahunLalu,
            targetTahunBerjalan: indikator.target[years.nMinus1], triwulan: triwulan,
            realisasiTahunBerjalan: tahunBerjalan, realisasiRenstra: realisasiRenstra,
            tingkatCapaian: capaian, predikat: capaian.map(CapaianPredikat.init(persen:))
        )
        return IndikatorEvaluasi(
            kode: indikator.kode, uraian: indikator.uraian, satuan: indikator.satuan, aturanK: rule, cells: cells)
    }

    /// Column 13 for K: the realisation up to n-2 and that of n-1 combined by the indicator's
    /// rule. With one side missing every rule gives the other side: averaging with a missing
    /// value as if it were zero is what halves the seed's percentages to 50,00%.
    static func combine(_ sampaiTahunLalu: Decimal?, _ tahunBerjalan: Decimal?, by rule: Indikator.KRule) -> Decimal? {
        guard let sampaiTahunLalu else { return tahunBerjalan }
        guard let tahunBerjalan else { return sampaiTahunLalu }
        switch rule {
        case .jumlah: return sampaiTahunLalu + tahunBerjalan
        case .terakhir: return tahunBerjalan
        case .rataRata: return (sampaiTahunLalu + tahunBerjalan) / 2
        }
    }

    // MARK: Rp

    private mutating func rpCells(of kegiatan: Kegiatan) -> EvaluasiCells<Money> {
        let triwulan = realisasi.triwulan(kegiatan.kode).map { $0?.rp }
        let sampaiTahunLalu = realisasi.sampaiTahunLalu(kegiatan.kode)?.rp
        let tahunBerjalan = Self.latest(triwulan)
        return rpCells(
            EvaluasiCells(
                targetRenstra: kegiatan.paguRenstra, realisasiSampaiTahunLalu: sampaiTahunLalu,
                targetTahunBerjalan: kegiatan.pagu[years.nMinus1], triwulan: triwulan,
                realisasiTahunBerjalan: tahunBerjalan,
                realisasiRenstra: [sampaiTahunLalu, tahunBerjalan].sumOfPresent()
            ),
            what: "Rp of kegiatan \(kegiatan.kode)", at: kegiatan.location
        )
    }

    /// A programme's Rp cells 5-13 are the sums of its kegiatan's; 14 is computed from them.
    private mutating func rpCells(of program: Program, kegiatanCells: [EvaluasiCells<Money>]) -> EvaluasiCells<Money> {
        rpCells(
            EvaluasiCells(
                targetRenstra: kegiatanCells.map(\.targetRenstra).sumOfPresent(),
                realisasiSampaiTahunLalu: kegiatanCells.map(\.realisasiSampaiTahunLalu).sumOfPresent(),
                targetTahunBerjalan: kegiatanCells.map(\.targetTahunBerjalan).sumOfPresent(),
                triwulan: (0..<4).map { quarter in kegiatanCells.map { $0.triwulan[quarter] }.sumOfPresent() },
                realisasiTahunBerjalan: kegiatanCells.map(\.realisasiTahunBerjalan).sumOfPresent(),
                realisasiRenstra: kegiatanCells.map(\.realisasiRenstra).sumOfPresent()
            ),
            what: "Rp of programme \(program.kode)", at: program.location
        )
    }

    /// Completes Rp cells with column 14 and its band.
    private mutating func rpCells(_ cells: EvaluasiCells<Money>, what: String, at location: SourceLocation) -> EvaluasiCells<Money> {
        var cells = cells
        cells.tingkatCapaian = achievement(
            cells.realisasiRenstra?.amount, of: cells.targetRenstra?.amount, what: what, at: location)
        cells.predikat = cells.tingkatCapaian.map(CapaianPredikat.init(persen:))
        return cells
    }

    // MARK: Shared

    /// Column 12: the latest reported quarter; quarters are cumulative, so never their sum.
    static func latest<Value>(_ triwulan: [Value?]) -> Value? {
        triwulan.last { $0 != nil } ?? nil
    }

    /// Column 14 = 13 / 5 x 100%. A realisation without a usable target has no achievement:
    /// "-" and a warning, never a division by zero.
    private mutating func achievement(
        _ realisasi: Decimal?, of target: Decimal?, what: String, at location: SourceLocation
    ) -> Decimal? {
        guard let realisasi else { return nil }
        guard let target, target != 0 else {
            let reason = target == nil ? "has no Renstra target for \(years.renstraAkhir)" : "has a Renstra target of zero"
            diagnostics.append(.warning(
                "T-C.29 column 14 (\(what)) prints \"-\": it \(reason) (column 5) to divide the realisation by",
                at: location))
            return nil
        }
        return realisasi / target * 100
    }
}
