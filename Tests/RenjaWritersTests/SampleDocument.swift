import RenjaDocument
import RenjaXML

/// A small document by hand that holds every kind of node the writers handle, including the
/// awkward ones: nested sections, every list marker, a table with a two-row header band and
/// body row spans, a landscape table, a formula, a figure, references, a signature, DAFTAR ISI,
/// and text that needs escaping.
enum SampleDocument {
    /// Text every escaping test looks for, exactly, after a round trip.
    static let awkwardText = #"Tom & Jerry <b>"kutip" 'tunggal'</b> ]]> selesai"#

    static let document = Document(
        coverLines: ["RENJA", "(RENCANA KERJA)", "KECAMATAN JATIROTO", "2020"],
        title: "Renja Kecamatan Jatiroto 2020",
        sections: [
            Section(
                id: "pengantar", kind: .front, title: "PENGANTAR",
                blocks: [
                    .paragraph([.text("Puji dan syukur "), .emphasis([.text("kehadirat")]), .text(" Allah SWT.")]),
                    .signature(
                        Signature(
                            placeAndDate: "Jatiroto, Juli 2019", title: "CAMAT JATIROTO", name: "Drs. PUJIANTO",
                            nip: "NIP. 19681114 199003 1 004")),
                ]),
            Section(id: "daftar-isi", kind: .front, title: "DAFTAR ISI", blocks: [.tableOfContents]),
            Section(
                id: "bab-1", kind: .chapter, number: "I", title: "PENDAHULUAN",
                blocks: [.paragraph([.text(awkwardText)])],
                subsections: [
                    Section(
                        id: "latar-belakang", kind: .section, number: "1.1", title: "Latar Belakang",
                        blocks: [
                            .paragraph([
                                .strong([.text("Baris satu"), .lineBreak, .text("baris dua")]),
                                .text(" lihat "), .reference(id: "tc-29", label: "Tabel T-C.29"),
                                .text(" dan "), .reference(id: "gambar-hubungan", label: nil), .text("."),
                            ]),
                            .figure(
                                Figure(
                                    id: "gambar-hubungan", number: "1.3", title: "Bagan Hubungan Antar Dokumen",
                                    drawing: drawing)),
                        ],
                        subsections: [
                            Section(
                                id: "pengertian-renja", kind: .section, number: "1.1.1", title: "Pengertian Renja",
                                blocks: [.paragraph([.text("Renja adalah rencana kerja tahunan.")])]),
                        ]),
                    Section(
                        id: "landasan-hukum", kind: .section, number: "1.2", title: "Landasan Hukum",
                        blocks: [
                            list(.arabic), list(.loweralpha), list(.upperalpha), list(.arabicParen),
                            .list(
                                ListBlock(
                                    marker: .bullet,
                                    items: [[.paragraph([.text("Induk")]), list(.loweralpha)], []])),
                        ]),
                ]),
            Section(
                id: "bab-2", kind: .chapter, number: "II", title: "HASIL EVALUASI RENJA",
                blocks: [
                    .paragraph([
                        .text("Capaian = "),
                        .math(
                            .row([
                                .fraction(.text("realisasi"), .text("target")), .operator("×"), .number("100"),
                                .operator("%"),
                            ])),
                    ]),
                    .table(evaluationTable),
                ]),
        ])

    /// T-C.29 in miniature: a two-row header band with column spans, a column-number row, and
    /// a body whose first column spans rows, followed by cells with column spans.
    static let evaluationTable = Table(
        id: "tc-29", number: "T-C.29", caption: ["Rekapitulasi Evaluasi", "Kabupaten Lumajang"],
        columnWidths: [1, 4, 2, 2, 2],
        header: [
            Row(cells: [
                Cell(text: "No", rowSpan: 2, alignment: .center), Cell(text: "Program/Kegiatan", rowSpan: 2),
                Cell(text: "Realisasi", columnSpan: 2, alignment: .center), Cell(text: "Capaian", rowSpan: 2),
            ]),
            Row(cells: [Cell(text: "K"), Cell(text: "Rp")]),
            Row(role: .columnNumbers, cells: (1...5).map { Cell(text: "\($0)", alignment: .center) }),
        ],
        body: [
            Row(role: .group, cells: [
                Cell(text: "1", rowSpan: 3),
                Cell([.text("Program"), .lineBreak, .text("Pelayanan & Administrasi")], columnSpan: 2),
                Cell(text: "1.814.088.000", alignment: .right), Cell(text: "25,83%", alignment: .right),
            ]),
            Row(cells: [Cell(text: "Kegiatan A"), Cell(text: "-", columnSpan: 3, alignment: .center)]),
            Row(cells: [Cell(text: "Kegiatan B", columnSpan: 2), Cell(text: "90", alignment: .right), Cell(text: "")]),
            Row(role: .total, cells: [Cell(text: "Jumlah", columnSpan: 3), Cell(text: "468.642.214", alignment: .right), Cell(text: "-")]),
        ],
        landscape: true)

    static let drawing = XMLElement(
        "svg", namespace: XMLNamespaceURI.svg,
        attributes: [.init("width", "120"), .init("height", "40"), .init("viewBox", "0 0 120 40")],
        children: [
            .element(
                XMLElement(
                    "rect",
                    attributes: [
                        .init("x", "1"), .init("y", "1"), .init("width", "118"), .init("height", "38"),
                        .init("fill", "none"), .init("stroke", "black"),
                    ])),
            .element(XMLElement("text", attributes: [.init("x", "10"), .init("y", "25")], children: [.text("RPJMD & Renja")])),
        ])

    /// One table of one row: a left-aligned, a centred and a right-aligned cell.
    static let alignments = Document(
        coverLines: [], title: "Judul",
        sections: [
            Section(
                id: "bab-1", kind: .chapter, title: "T",
                blocks: [
                    .table(
                        Table(
                            id: "tabel-rata", caption: ["Rata"], header: [],
                            body: [
                                Row(cells: [
                                    Cell(text: "a"), Cell(text: "b", alignment: .center), Cell(text: "c", alignment: .right),
                                ])
                            ]))
                ])
        ])

    private static func list(_ marker: ListBlock.Marker) -> Block {
        .list(ListBlock(marker: marker, items: [[.paragraph([.text("Satu")])], [.paragraph([.text("Dua")])]]))
    }
}
