import RenjaModel

/// BAB III: the regional missions and what each means.
struct MisiTable {
    static let id = "tabel-misi"

    let plan: Plan

    func make() -> Table {
        Table(
            id: Self.id,
            caption: ["Misi \(plan.opd.namaDaerah)"],
            columnWidths: [5, 40, 55],
            header: [Row(cells: [.heading("No"), .heading("Misi"), .heading("Penjelasan Misi")])],
            body: plan.misi.enumerated().map { index, misi in
                Row(cells: [.centered(String(index + 1)), .prose(misi.uraian), .prose(misi.penjelasan)])
            }
        )
    }
}
