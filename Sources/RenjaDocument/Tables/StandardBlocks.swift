import RenjaCompute
import RenjaModel

/// The blocks the templates place by id with `<r:block ref="..."/>`: every table of the
/// Renja, Figure 1.3 and the signature block, built from the plan and its computed figures.
public enum StandardBlocks {
    /// The id of the pagu comparison with an earlier version that a Renja Perubahan shows;
    /// only an archiving build can offer it (it needs the earlier version).
    public static let comparisonID = "tabel-perbandingan"

    /// Blocks a build may or may not offer; templates test for them with `blok.<id>`.
    public static let optionalIDs: Set<String> = [comparisonID]

    /// Every standard block by its id: `tc-29` ... `tc-33`, `tabel-teknik-pengumpulan-data`,
    /// `tabel-permasalahan`, `tabel-misi`, `tabel-tujuan-sasaran`, `tabel-program-kegiatan`,
    /// `tabel-sasaran-indikator`, `gambar-hubungan-dokumen` and `tanda-tangan`. The standard
    /// forms carry their fixed numbers (`T-C.29`); chapter tables are numbered later.
    public static func make(plan: Plan, figures: Figures, formatter: RenjaFormatter) -> [String: Block] {
        make(plan: plan, figures: figures, planned: PlannedProgram.all(plan: plan, figures: figures), formatter: formatter)
    }

    /// `make(plan:figures:formatter:)` with the planned programmes already worked out
    /// (`PlannedProgram.all`), for a fill that hands them to the template context too.
    public static func make(plan: Plan, figures: Figures, planned: [PlannedProgram], formatter: RenjaFormatter) -> [String: Block] {
        // Each money table prints sen when its amounts have any (`RenjaFormatter.showingSen(in:)`);
        // T-C.31 and T-C.33 print the same pagu of n, so they decide together.
        // Arrays, not lazy sequences: the runtime builds the metadata of each lazy type it meets.
        let evaluasiFormatter = formatter.showingSen(in: figures.evaluasi.flatMap { row in
            EvaluasiRenjaTable.moneyColumns.map { row.rp.column($0) }
        })
        let paguFormatter = formatter.showingSen(in: figures.program.flatMap(\.kegiatan).flatMap { kegiatan in
            [kegiatan.pagu.n, kegiatan.pagu.nPlus1, kegiatan.pagu.analisisKebutuhan]
        })
        let evaluasi = switch plan.settings.tataLetakTC29 {
        case .triwulan: EvaluasiRenjaTable(plan: plan, figures: figures, formatter: evaluasiFormatter).make()
        case .ringkas: EvaluasiRenjaRingkasTable(plan: plan, figures: figures, formatter: formatter).make()
        }
        // T-C.31, T-C.33 and Tabel 4.1 and 4.2 print the same names, indicators and targets of n: made once.
        let plannedCells = PlannedCells(planned: planned, tahun: figures.years.n, formatter: formatter)
        let tables = [
            evaluasi,
            KinerjaPelayananTable(plan: plan, formatter: formatter).make(),
            TeknikPengumpulanDataTable(plan: plan, formatter: formatter).make(),
            PermasalahanTable(plan: plan).make(),
            ReviewRKPDTable(plan: plan, figures: figures, plannedCells: plannedCells, formatter: paguFormatter).make(),
            UsulanTable(plan: plan, formatter: formatter).make(),
            MisiTable(plan: plan).make(),
            TujuanSasaranTable(plan: plan, formatter: formatter).make(),
            RencanaProgramTable(plan: plan, figures: figures, plannedCells: plannedCells, formatter: paguFormatter).make(),
            ProgramKegiatanTable(plan: plan, plannedCells: plannedCells).make(),
            SasaranIndikatorTable(plan: plan, plannedCells: plannedCells, formatter: formatter).make(),
        ]
        var blocks = Dictionary(uniqueKeysWithValues: tables.map { ($0.id, Block.table($0)) })
        blocks[HubunganDokumenFigure.id] = .figure(HubunganDokumenFigure.make())
        blocks[SignatureBlock.id] = .signature(SignatureBlock.make(plan.pengesahan, formatter: formatter))
        return blocks
    }
}
