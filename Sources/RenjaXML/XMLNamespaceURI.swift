/// Namespace URIs the serializer and its callers need by name.
public enum XMLNamespaceURI {
    public static let xhtml = "http://www.w3.org/1999/xhtml"
    public static let docBook = "http://docbook.org/ns/docbook"
    public static let mathML = "http://www.w3.org/1998/Math/MathML"
    public static let svg = "http://www.w3.org/2000/svg"
    public static let xlink = "http://www.w3.org/1999/xlink"
    /// The namespace the `xml:` prefix names without a declaration (`xml:id`, `xml:lang`).
    public static let xml = "http://www.w3.org/XML/1998/namespace"
}
