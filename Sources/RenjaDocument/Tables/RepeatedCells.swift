import RenjaModel

/// Cells that most row groups of T-C.31 and T-C.33 print, made once per table and placed again:
/// a copy of a `Cell` shares its content, so a repeated cell costs a retain, not a text made
/// again (and, over 15 bytes, allocated and freed: a shorter String holds its bytes itself).
/// The OPD's location stands in ~550 cells of a generated project, a blank note in ~370.
struct RepeatedCells {
    /// The OPD's location: every programme's, and a kegiatan's that names none.
    let opdLokasi: Cell
    /// A note left blank.
    let blankCatatan = Cell.prose("")

    init(plan: Plan) {
        opdLokasi = .prose(plan.opd.lokasi)
    }

    /// A kegiatan's location, the OPD's when it names none.
    func lokasi(_ kegiatanLokasi: String?) -> Cell {
        kegiatanLokasi.map { .prose($0) } ?? opdLokasi
    }

    /// A note, the shared blank one when there is none.
    func catatan(_ text: String?) -> Cell {
        guard let text, !text.isEmpty else { return blankCatatan }
        return .prose(text)
    }
}
