import RenjaModel

/// Tabel 2.5: the problem tree. A masalah pokok spans the rows of all its root causes, a
/// masalah the rows of its own.
struct PermasalahanTable {
    static let id = "tabel-permasalahan"

    let plan: Plan

    func make() -> Table {
        let body = plan.permasalahan.enumerated().flatMap { index, pokok in
            pokok.masalah.flatMap { masalah in
                SpannedRowGroup(columns: [
                    .spanning(.prose(masalah.uraian)),
                    .perRow(masalah.akarMasalah.map { .prose($0) }),
                ]).rows
            }.spanned(by: [.centered(String(index + 1)), .prose(pokok.uraian)], emptyWidth: 2)
        }
        return Table(
            id: Self.id,
            caption: ["Identifikasi Permasalahan Berdasarkan Tugas dan Fungsi"],
            columnWidths: [4, 30, 30, 36],
            header: [Row(cells: [.heading("No"), .heading("Masalah Pokok"), .heading("Masalah"), .heading("Akar Masalah")])],
            body: body
        )
    }
}
