import RenjaXML

/// Figure 1.3: how the regional planning documents relate. The regional government's chain
/// (RPJPD -> RPJMD -> RKPD -> RAPBD/APBD) runs along the top, the unit's (Renstra PD ->
/// Renja PD -> RKA PD -> DPA PD) along the bottom; the RPJMD guides the Renstra PD, the RKPD
/// and the Renja PD inform each other, and the RKA PD details the RAPBD.
enum HubunganDokumenFigure {
    static let id = "gambar-hubungan-dokumen"
    static let title = "Bagan Hubungan Antar Dokumen Perencanaan Daerah"

    /// One document box: where it stands on the grid and what it says.
    private struct Dokumen {
        let nama: String
        let jangka: String
        let column: Int
        let row: Int
    }

    // The grid: five columns of boxes, two rows, in whole SVG user units.
    private static let boxWidth = 100
    private static let boxHeight = 50
    private static let columnPitch = 125
    private static let leftMargin = 20
    private static let rowTops = [40, 190]
    private static let canvasWidth = 640
    private static let canvasHeight = 275
    private static let markerID = "panah-hubungan-dokumen"

    private static let rpjpd = Dokumen(nama: "RPJPD", jangka: "(20 tahun)", column: 0, row: 0)
    private static let rpjmd = Dokumen(nama: "RPJMD", jangka: "(5 tahun)", column: 1, row: 0)
    private static let rkpd = Dokumen(nama: "RKPD", jangka: "(tahunan)", column: 2, row: 0)
    private static let apbd = Dokumen(nama: "RAPBD/APBD", jangka: "(tahunan)", column: 3, row: 0)
    private static let renstra = Dokumen(nama: "Renstra PD", jangka: "(5 tahun)", column: 1, row: 1)
    private static let renja = Dokumen(nama: "Renja PD", jangka: "(tahunan)", column: 2, row: 1)
    private static let rka = Dokumen(nama: "RKA PD", jangka: "(tahunan)", column: 3, row: 1)
    private static let dpa = Dokumen(nama: "DPA PD", jangka: "(tahunan)", column: 4, row: 1)

    /// The document names the figure shows, top chain first.
    static var documentNames: [String] {
        [rpjpd, rpjmd, rkpd, apbd, renstra, renja, rka, dpa].map(\.nama)
    }

    static func make() -> Figure {
        let documents = [rpjpd, rpjmd, rkpd, apbd, renstra, renja, rka, dpa]
        var children = [SVG.arrowHeadDefinition(id: markerID)]
        children += [
            SVG.text("PEMERINTAH DAERAH", x: (centerX(rpjpd) + centerX(apbd)) / 2, y: 28, size: 11, bold: true),
            SVG.text("PERANGKAT DAERAH", x: (centerX(renstra) + centerX(dpa)) / 2, y: 266, size: 11, bold: true),
        ]
        children += documents.flatMap(box)
        children += [(rpjpd, rpjmd), (rpjmd, rkpd), (rkpd, apbd), (renstra, renja), (renja, rka), (rka, dpa)]
            .map { along($0.0, $0.1) }
        children += between(from: rpjmd, to: renstra, offset: 0, label: "pedoman")
        // RKPD and Renja PD inform each other: two arrows side by side, one each way.
        children += between(from: rkpd, to: renja, offset: -12, label: "diacu")
        children += between(from: renja, to: rkpd, offset: 12, label: "masukan")
        children += between(from: rka, to: apbd, offset: 0, label: "rincian")
        return Figure(
            id: id,
            title: title,
            drawing: SVG.root(width: "160mm", canvasWidth: canvasWidth, canvasHeight: canvasHeight, label: title, children: children)
        )
    }

    private static func left(_ dokumen: Dokumen) -> Int { leftMargin + dokumen.column * columnPitch }
    private static func top(_ dokumen: Dokumen) -> Int { rowTops[dokumen.row] }
    private static func centerX(_ dokumen: Dokumen) -> Int { left(dokumen) + boxWidth / 2 }
    private static func centerY(_ dokumen: Dokumen) -> Int { top(dokumen) + boxHeight / 2 }

    private static func box(_ dokumen: Dokumen) -> [XMLElement] {
        [
            SVG.box(x: left(dokumen), y: top(dokumen), width: boxWidth, height: boxHeight, fill: dokumen.row == 0 ? "#e8eef7" : "#f7f1e3"),
            SVG.text(dokumen.nama, x: centerX(dokumen), y: centerY(dokumen) - 2, size: 14, bold: true),
            SVG.text(dokumen.jangka, x: centerX(dokumen), y: centerY(dokumen) + 15, size: 10),
        ]
    }

    /// An arrow from one box to the next on the same row.
    private static func along(_ from: Dokumen, _ to: Dokumen) -> XMLElement {
        SVG.arrow(fromX: left(from) + boxWidth, fromY: centerY(from), toX: left(to), toY: centerY(to), markerID: markerID)
    }

    /// A labelled arrow between the two rows, shifted sideways by `offset`.
    private static func between(from: Dokumen, to: Dokumen, offset: Int, label: String) -> [XMLElement] {
        let x = centerX(from) + offset
        let downwards = from.row < to.row
        let fromY = downwards ? top(from) + boxHeight : top(from)
        let toY = downwards ? top(to) : top(to) + boxHeight
        let labelX = offset < 0 ? x - 28 : x + 30
        return [
            SVG.arrow(fromX: x, fromY: fromY, toX: x, toY: toY, markerID: markerID),
            SVG.text(label, x: labelX, y: (fromY + toY) / 2 + 4, size: 10),
        ]
    }
}
