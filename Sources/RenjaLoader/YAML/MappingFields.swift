/// The entries of one YAML mapping, by key, with the path that names the mapping in
/// diagnostics (`program[2].kegiatan[0]`).
///
/// Looked up by a linear search of the mapping's own entries rather than through a dictionary
/// built for every mapping: a spec mapping has a handful to a few dozen keys, and hashing them
/// all (and allocating the table) cost more than comparing short texts.
struct MappingFields {
    /// The mapping node itself: missing fields are reported at it.
    var node: SpecNode
    var path: SpecPath
    /// The tree holding the mapping's entries, unknown keys included (`SpecReader.fields` has
    /// reported them).
    var tree: SpecTree

    /// The value of the field `key`, one of the keys the mapping was read with
    /// (field names: see `SpecNode.isText(_:fieldName:)`). The last entry
    /// wins: Yams lets two keys share a text when their tags differ (`'1'` and `1`).
    subscript(key: String) -> SpecNode? {
        tree.value(ofField: key, in: node)
    }

    /// The path of one of the mapping's fields.
    func path(of key: String) -> String { path.appending(key) }
}
