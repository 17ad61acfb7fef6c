import Foundation
import RenjaCompute
import RenjaModel

/// T-C.30: service performance by year. The year columns are the years the data uses.
struct KinerjaPelayananTable {
    static let id = "tc-30"

    let plan: Plan
    let formatter: RenjaFormatter

    func make() -> Table {
        let rows = plan.kinerjaPelayanan
        let targetYears = Self.years(rows.map { Set($0.target.keys) })
        let realisasiYears = Self.years(rows.map { Set($0.realisasi.keys) })
        let proyeksiYears = Self.years(rows.map { Set($0.proyeksi.keys) })
        let bands: [(title: String, years: [Int])] = [
            ("Target", targetYears), ("Realisasi Capaian", realisasiYears), ("Proyeksi", proyeksiYears),
        ].filter { !$0.years.isEmpty }

        // Without any year there is no band row, so the single-row headings must not span two.
        let bandRowSpan = bands.isEmpty ? 1 : 2
        let header = [
            Row(cells: [.heading("No", rowSpan: bandRowSpan), .heading("Indikator", rowSpan: bandRowSpan)]
                + bands.map { .heading($0.title, columnSpan: $0.years.count) }
                + [.heading("Catatan Analisis", rowSpan: bandRowSpan)]),
            Row(cells: bands.flatMap { $0.years.map { .heading("Tahun \($0)") } }),
        ].filter { !$0.cells.isEmpty }
        let body = rows.enumerated().map { index, kinerja in
            let unit = kinerja.satuan ?? ""
            let target = targetYears.map { formatter.quantity(kinerja.target[$0], unit: unit) }
            // A year present without a value was not reported: `realisasi[year]` is `.some(nil)`.
            let realisasi = realisasiYears.map { formatter.quantity(kinerja.realisasi[$0] ?? nil, unit: unit) }
            let proyeksi = proyeksiYears.map { formatter.quantity(kinerja.proyeksi[$0], unit: unit) }
            return Row(cells: [.centered(String(index + 1)), .prose(kinerja.indikator)]
                + (target + realisasi + proyeksi).map { .figure($0) }
                + [.prose(kinerja.catatan ?? "")])
        }
        return Table(
            id: Self.id,
            number: "T-C.30",
            caption: [
                "Pencapaian Kinerja Pelayanan Perangkat Daerah \(plan.opd.nama)",
                plan.opd.namaDaerah,
            ],
            header: header,
            body: body
        )
    }

    /// The sorted union of the years of every row.
    private static func years(_ perRow: [Set<Int>]) -> [Int] {
        perRow.reduce(into: Set<Int>()) { $0.formUnion($1) }.sorted()
    }
}
