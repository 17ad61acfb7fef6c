import RenjaCompute

/// The values templates are filled from: a record of named `TemplateValue`s (see
/// `docs/templates.md` for every name), plus the formatter the document builder uses for the
/// values only it knows (the chapter count of Sistematika Penulisan).
public struct TemplateContext: Sendable {
    /// The top-level names: `opd`, `tahun`, `program`, `teks` ...
    public var fields: [String: TemplateValue]
    public var formatter: RenjaFormatter

    /// A context from ready values, for tests and for tools that fill templates from other data.
    public init(fields: [String: TemplateValue], formatter: RenjaFormatter = RenjaFormatter()) {
        self.fields = fields
        self.formatter = formatter
    }

    /// The `teks` keys the default templates test with `<r:if>`: present (empty) in every context
    /// so that a plan without them falls back to the templates' generic narrative.
    public static let defaultTeksKeys = [
        "latar_belakang", "kinerja_pelayanan", "isu_penting", "review_rkpd", "usulan_masyarakat", "penetapan_sasaran", "penutup",
    ]
}
