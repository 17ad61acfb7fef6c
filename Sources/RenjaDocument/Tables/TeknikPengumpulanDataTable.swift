import RenjaCompute
import RenjaModel

/// Tabel 2.1: how each sasaran indicator is measured, collected and monitored.
struct TeknikPengumpulanDataTable {
    static let id = "tabel-teknik-pengumpulan-data"

    let plan: Plan
    let formatter: RenjaFormatter

    func make() -> Table {
        let measured = plan.tujuan.flatMap(\.sasaran).flatMap(\.indikator).compactMap { indikator in
            indikator.pengukuran.map { (indikator, $0) }
        }
        let body = measured.enumerated().map { index, item in
            let (indikator, pengukuran) = item
            return Row(cells: [
                .centered(String(index + 1)),
                .prose(indikator.uraian),
                .prose(pengukuran.jenisData),
                Cell([pengukuran.formula.inline(formatter)], alignment: .center),
                .prose(pengukuran.teknikPengumpulanData),
                .prose(pengukuran.teknikMonev),
            ])
        }
        return Table(
            id: Self.id,
            caption: ["Teknik Pengumpulan Data dan Teknik Monitoring dan Evaluasi \(plan.opd.nama) \(plan.opd.namaDaerah)"],
            columnWidths: [4, 18, 10, 26, 22, 20],
            header: [Row(cells: [
                .heading("No"), .heading("Indikator Kinerja"), .heading("Jenis Data"),
                .heading("Formulasi/Rumus Perhitungan"), .heading("Teknik Pengumpulan Data"),
                .heading("Teknik Monitoring dan Evaluasi"),
            ])],
            body: body
        )
    }
}
