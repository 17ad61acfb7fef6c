import Foundation

/// Writes one document element by element, straight into the bytes `XMLSerializer` returns:
/// a writer emits its markup here instead of building a tree that would only be written out
/// and destroyed.
///
/// Calls nest like the markup: `startElement`, then its `attribute`s, then its content (`text`,
/// nested elements, `append`ed value trees), then `endElement`. Text and attribute values are
/// never markup: libxml2 escapes them as they are written. An element's children go on lines
/// of their own (`XMLSerializer.Indentation`) when they turn out to be all elements.
///
/// A refused call (an invalid name, a character XML cannot hold, markup out of order) records
/// the first error and makes every later call do nothing; `XMLSerializer` throws that error
/// once the caller is done. Callers therefore need no `try` on every line, and a document
/// with an error is never written.
public final class XMLMarkupWriter {
    /// The writing state. Unchecked: every access to a class's stored `var` is otherwise
    /// checked for exclusivity at run time (about 60 instructions, on hundreds of thousands
    /// of calls per document); this object is used on one thread, and no call reenters it
    /// while another is under way (the observer is told, it never writes back).
    @exclusivity(unchecked) private var byteWriter: XMLByteWriter

    init(
        flavor: XMLSerializer.Flavor, writesXMLDeclaration: Bool, indentation: XMLSerializer.Indentation?,
        observer: XMLMarkupObserver?
    ) throws(XMLSerializationError) {
        byteWriter = try XMLByteWriter(
            flavor: flavor, writesXMLDeclaration: writesXMLDeclaration, indentation: indentation, observer: observer)
    }

    /// Starts the element `name`, declaring `namespace` as its default namespace when it
    /// differs from the one it inherits. The root element may be started only once.
    public func startElement(_ name: String, namespace: String? = nil) {
        byteWriter.startElement(name, namespace: namespace)
    }

    /// `name` checked and interned once, for an element started on many lines of a table:
    /// `startElement(_:)` then starts it without looking the name up. Writes nothing.
    public func prepareElement(_ name: String) -> XMLPreparedElementName {
        byteWriter.prepareElement(name)
    }

    /// Starts a prepared element, exactly as `startElement(name)` would (declaring no
    /// namespace: it inherits its parent's).
    public func startElement(_ prepared: XMLPreparedElementName) {
        byteWriter.startElement(prepared)
    }

    /// Adds the attribute `name` (`local`, `xml:local` or `xlink:local`) to the element just
    /// started, before any of its content; a `nil` value leaves the attribute out, so that an
    /// optional attribute reads as one line.
    public func attribute(_ name: String, _ value: String?) {
        byteWriter.attribute(name, value)
    }

    /// `name` and `value` checked, escaped and interned once, for an attribute written on
    /// many elements: `attribute(_:)` then writes it with one copy. Writes nothing.
    public func prepare(_ name: String, _ value: String) -> XMLPreparedAttribute {
        byteWriter.prepare(name, value)
    }

    /// Adds a prepared attribute to the element just started, exactly as `attribute(name,
    /// value)` would.
    public func attribute(_ prepared: XMLPreparedAttribute) {
        byteWriter.attribute(prepared)
    }

    /// Adds `text` to the current element's content.
    public func text(_ text: String) {
        byteWriter.text(text)
    }

    /// Ends the element started last.
    public func endElement() {
        byteWriter.endElement()
    }

    /// The element `name` with whatever `content` writes into it (attributes first).
    /// Inlinable: inlined into a builder, its `content` closure is inlined too, where a call
    /// took a closure context and a partial application per element.
    @inlinable
    public func element(_ name: String, namespace: String? = nil, _ content: () -> Void = {}) {
        startElement(name, namespace: namespace)
        content()
        endElement()
    }

    /// Adds a whole value tree (a parsed SVG drawing, say) as the current element's content.
    public func append(_ element: XMLElement) {
        byteWriter.append(element)
    }

    /// The finished document's bytes, or the first error of its writing. The bytes can be
    /// taken only once: they are handed over, not copied, and a call after that throws.
    func finishedData() throws(XMLSerializationError) -> Data {
        try byteWriter.finishedData()
    }
}
