import CLibXML2
import Foundation

/// One growing UTF-8 byte buffer that libxml2 writes a document into, with xmlSaveDoc's own
/// escaping: text through xmlEscapeContent (`xmlOutputBufferWriteEscape` with no escaping
/// function), attribute values through `xmlAttrSerializeTxtContent`, namespace URIs through
/// `xmlBufferWriteQuotedString`. Markup (checked names, `<`, `="`) is written as given.
/// Owns every libxml2 object it uses and frees them when it goes away.
final class LibXMLOutputBuffer {
    private let output: xmlOutputBufferPtr
    /// Where the serializers that only write into an `xmlBuffer` write, to be copied across.
    private let scratch: xmlBufferPtr
    /// A document whose `encoding` is UTF-8: `xmlAttrSerializeTxtContent` keeps non-ASCII
    /// bytes only for such a document (xmlSaveDoc sets the encoding while it saves), and writes
    /// `&#x..;` references otherwise.
    private let utf8Document: LibXMLDocument
    /// Owns the interned names, which live as long as the buffer.
    private let names: OpaquePointer

    init() throws(XMLSerializationError) {
        LibXML.initialize()
        guard let output = xmlAllocOutputBuffer(nil) else {
            throw .libraryFailure("xmlAllocOutputBuffer")
        }
        guard let scratch = xmlBufferCreate() else {
            xmlOutputBufferClose(output)
            throw .libraryFailure("xmlBufferCreate")
        }
        guard let document = xmlNewDoc("1.0"), let names = xmlDictCreate() else {
            xmlOutputBufferClose(output)
            xmlBufferFree(scratch)
            throw .libraryFailure("xmlNewDoc")
        }
        utf8Document = LibXMLDocument(document)
        document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        self.output = output
        self.scratch = scratch
        self.names = names
    }

    deinit {
        xmlOutputBufferClose(output)
        xmlBufferFree(scratch)
        xmlDictFree(names)
    }

    /// How many bytes have been written so far: the offset of the next one.
    var count: Int {
        Int(xmlOutputBufferGetSize(output))
    }

    /// `name` as a NUL-terminated copy that lives as long as this buffer: the same pointer
    /// for the same name, so names compare by pointer.
    func interned(_ name: String) throws(XMLSerializationError) -> UnsafePointer<CChar> {
        guard let interned = xmlDictLookup(names, name, -1) else {
            throw .libraryFailure("xmlDictLookup")
        }
        return UnsafeRawPointer(interned).assumingMemoryBound(to: CChar.self)
    }

    /// Markup, written as it is.
    func write(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes in
            UnsafeRawBufferPointer(bytes).withMemoryRebound(to: CChar.self) { characters in
                _ = xmlOutputBufferWrite(output, Int32(characters.count), characters.baseAddress)
            }
        }
    }

    /// `count` bytes of markup at `characters` (an interned name, an indentation), as they are.
    func write(_ characters: UnsafePointer<CChar>, count: Int) {
        _ = xmlOutputBufferWrite(output, Int32(count), characters)
    }

    /// Text content, escaped as xmlSaveDoc escapes a text node (`<`, `>`, `&`, carriage return).
    func writeText(_ text: String) {
        Self.withXMLString(text) { characters in
            _ = xmlOutputBufferWriteEscape(output, characters, nil)
        }
    }

    /// An attribute value, without its quotes, escaped as xmlSaveDoc escapes one in a UTF-8
    /// document. A value without any of the bytes that serializer replaces comes out
    /// unchanged, so it is copied as it is.
    func writeAttributeValue(_ value: String) {
        var value = value
        let isVerbatim = value.withUTF8 { bytes in
            !bytes.contains(where: Self.isReplacedInAttributeValues)
        }
        guard !isVerbatim else {
            value.withUTF8 { bytes in
                UnsafeRawBufferPointer(bytes).withMemoryRebound(to: CChar.self) { characters in
                    _ = xmlOutputBufferWrite(output, Int32(characters.count), characters.baseAddress)
                }
            }
            return
        }
        Self.withXMLString(value) { characters in
            xmlAttrSerializeTxtContent(scratch, utf8Document.pointer, nil, characters)
        }
        moveScratchToOutput()
    }

    /// A namespace URI in quotes, as xmlSaveDoc writes one in a namespace declaration.
    func writeQuotedURI(_ uri: String) {
        Self.withXMLString(uri) { characters in
            xmlBufferWriteQuotedString(scratch, characters)
        }
        moveScratchToOutput()
    }

    /// Whether libxml2 could not write something (it ran out of memory).
    var hasFailed: Bool {
        output.pointee.error != 0
    }

    /// The bytes written, in the order `segments` gives (ranges of offsets).
    func data(_ segments: [Range<Int>]) -> Data {
        guard let content = xmlOutputBufferGetContent(output) else { return Data() }
        var data = Data(capacity: segments.reduce(0) { $0 + $1.count })
        for segment in segments {
            data.append(content + segment.lowerBound, count: segment.count)
        }
        return data
    }

    private func moveScratchToOutput() {
        if let content = xmlBufferContent(scratch) {
            UnsafeRawPointer(content).withMemoryRebound(to: CChar.self, capacity: Int(xmlBufferLength(scratch))) { characters in
                _ = xmlOutputBufferWrite(output, xmlBufferLength(scratch), characters)
            }
        }
        xmlBufferEmpty(scratch)
    }

    /// The seven bytes xmlAttrSerializeTxtContent replaces in a UTF-8 document's attribute
    /// values: `<`, `>`, `&`, `"`, newline, carriage return and tab.
    private static func isReplacedInAttributeValues(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""),
            UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            true
        default:
            false
        }
    }

    /// `body` given `string` as libxml2's NUL-terminated UTF-8. `withCString` lends a native
    /// string's own bytes, where passing the `String` for an `xmlChar *` parameter copies it
    /// into a new array first.
    static func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }
}
