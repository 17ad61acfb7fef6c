/// One attribute of a start tag, as an `XMLMarkupObserver` is told of it.
struct XMLMarkupAttribute {
    /// The URI of the attribute's namespace (`xml:lang`, `xlink:href`); `nil` for none.
    var namespace: String?
    var localName: String
    /// The value as written, before any escaping.
    var value: String
}
