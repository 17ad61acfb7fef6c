/// The entries of one YAML mapping, by key, with the path that names the mapping in
/// diagnostics (`program[2].kegiatan[0]`).
struct MappingFields {
    /// The mapping node itself: missing fields are reported at it.
    var node: SpecNode
    var path: String
    var values: [String: SpecNode]

    subscript(key: String) -> SpecNode? { values[key] }

    /// The path of one of the mapping's fields.
    func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
