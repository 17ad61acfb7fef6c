import Yams

/// The entries of one YAML mapping, by key, with the path that names the mapping in
/// diagnostics (`program[2].kegiatan[0]`).
struct MappingFields {
    /// The mapping node itself: missing fields are reported at it.
    var node: Node
    var path: String
    /// The known keys' values, in the spec's order. Not a dictionary: a mapping has a handful
    /// of keys, and hashing them cost more than looking through them.
    var values: [(key: String, value: Node)]

    subscript(key: String) -> Node? { values.first { $0.key == key }?.value }

    /// The path of one of the mapping's fields.
    func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
