/// A YAML scalar of the plan spec: its text as Yams decodes it, and whether it was written
/// plain, which alone lets a text read as a number or a null.
struct SpecScalar {
    var text: String
    /// Unquoted and not a block scalar (`|`, `>`).
    var isPlain: Bool
    var position: YAMLPosition
}
