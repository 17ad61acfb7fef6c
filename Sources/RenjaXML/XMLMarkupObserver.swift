/// Whoever follows a document while an `XMLMarkupWriter` writes it, in document order, without
/// the document ever being held as a tree: the RELAX NG validation of the DocBook output.
protocol XMLMarkupObserver: AnyObject {
    /// An element's complete start tag: `namespace` is the URI of the namespace the element
    /// is in ("" for none), `attributes` are in the order they were written.
    func startElement(_ name: String, namespace: String, attributes: [XMLMarkupAttribute])
    /// Text the caller wrote into the current element; never the indentation the writer adds.
    func text(_ text: String)
    /// The end of the element started last.
    func endElement()
}
