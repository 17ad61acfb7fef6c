import CLibXML2
import Foundation
import XCTest

@testable import RenjaXML

/// The buffer copies text and attribute values that libxml2 would leave unchanged and sends
/// the others through libxml2: either way the bytes must be libxml2's own escaping.
final class LibXMLOutputBufferTests: XCTestCase {
    /// Values with each byte either escaping replaces, values with none, a mixture, and
    /// values long enough to make the buffer grow several times.
    private let values: [String] = {
        let special = ["<", ">", "&", "\"", "'", "\n", "\r", "\t", "]]>"]
        let plain = ["", "a", "Rp1.000.000,00", "é ü 漢字", "50%", "x=y;z", "?@[\\]^`{|}~"]
        let long = String(repeating: "Kegiatan Penyusunan Renja é ", count: 20_000)
        return special + plain + special.map { "a\($0)b" } + [
            special.joined(), long, long + "&" + long, special.joined() + long,
        ]
    }()

    func testTextIsEscapedExactlyAsLibXML2EscapesIt() throws {
        for value in values {
            let buffer = try LibXMLOutputBuffer()
            buffer.write("<p>")
            buffer.writeText(value)
            XCTAssertEqual(Self.string(buffer), "<p>" + Self.libXMLEscapedText(value), value.prefix(40).debugDescription)
        }
    }

    func testAttributeValuesAreEscapedExactlyAsLibXML2EscapesThem() throws {
        for value in values {
            let buffer = try LibXMLOutputBuffer()
            buffer.writeAttributeValue(value)
            XCTAssertEqual(Self.string(buffer), try Self.libXMLEscapedAttributeValue(value), value.prefix(40).debugDescription)
        }
    }

    /// Many writes into one buffer, escaped and not, keep their order across its growth.
    func testWritesOfBothKindsKeepTheirOrder() throws {
        let buffer = try LibXMLOutputBuffer()
        var expected = ""
        for value in values + values {
            buffer.writeText(value)
            buffer.write(" | ")
            expected += Self.libXMLEscapedText(value) + " | "
        }
        XCTAssertEqual(buffer.count, expected.utf8.count)
        XCTAssertEqual(Self.string(buffer), expected)
        XCTAssertFalse(buffer.hasFailed)
    }

    private static func string(_ buffer: LibXMLOutputBuffer) -> String {
        String(decoding: buffer.takeData(removing: [], movingTailFrom: buffer.count, to: 0), as: UTF8.self)
    }

    /// The eight-at-a-time scan says "none" exactly when no byte it looks for is there:
    /// each byte value at each position of each length up to two words and a bit (the last,
    /// overlapping word included), among fillers a borrow could hide a byte behind.
    func testTheWordScanFindsEachByteItLooksForWhereverItStands() {
        let sought: Set<UInt8> = Set(0..<0x20).union([0x26, 0x3C, 0x3E, 0x22, 0xEF])
        // Only a slice's own bytes count: those around it hold everything sought.
        let padding = Array(sought)
        for filler: UInt8 in [0x20, 0x41, 0x7F, 0x80, 0xEE, 0xF0, 0xFF] {
            for count in 1...17 {
                var padded = padding + Array(repeating: filler, count: count) + padding
                for position in padding.count..<padding.count + count {
                    for byte in UInt8.min...UInt8.max {
                        padded[position] = byte
                        let holdsNone = padded.withUnsafeBufferPointer { bytes in
                            LibXMLOutputBuffer.holdsNoMarkupOrControlByte(
                                UnsafeBufferPointer(rebasing: bytes[padding.count..<padding.count + count]))
                        }
                        XCTAssertEqual(
                            holdsNone, !sought.contains(byte),
                            "byte \(byte) at \(position - padding.count) of \(count) among \(filler)")
                    }
                    padded[position] = filler
                }
            }
        }
    }

    /// No bytes hold none of the bytes the word scan looks for, at no address or at one
    /// followed by all of them (an empty string's storage).
    func testTheWordScanFindsNothingInNoBytes() {
        XCTAssertTrue(LibXMLOutputBuffer.holdsNoMarkupOrControlByte(UnsafeBufferPointer(start: nil, count: 0)))
        let markup: [UInt8] = [0x00, 0x26, 0x3C, 0x3E, 0x22, 0xEF, 0x0A, 0x0D]
        markup.withUnsafeBufferPointer { bytes in
            XCTAssertTrue(LibXMLOutputBuffer.holdsNoMarkupOrControlByte(UnsafeBufferPointer(rebasing: bytes[0..<0])))
            XCTAssertTrue(LibXMLOutputBuffer.holdsNoMarkupOrControlByte(UnsafeBufferPointer(rebasing: bytes[4..<4])))
        }
    }

    /// Names of every length up to and past what `writeInterned` copies whole.
    private static let markupOfEveryLength = (0...40).map { String(String(repeating: "abcdefghij", count: 5).prefix($0)) }

    /// Interned markup of every length, written after any number of bytes, lands exactly
    /// where it belongs (it is copied as whole words that may run past its end): nothing
    /// lost, doubled or left behind, and the same name always gives the same pointer, a
    /// name that begins another a pointer of its own.
    func testInternedMarkupOfEveryLengthIsWrittenExactly() throws {
        let names = Self.markupOfEveryLength
        let buffer = try LibXMLOutputBuffer()
        var expected = ""
        var pointers: [UnsafePointer<CChar>] = []
        for lead in 0...8 {
            for name in names {
                buffer.write(";")
                for _ in 0..<lead {
                    buffer.write("_")
                }
                let interned = try buffer.interned(name)
                XCTAssertEqual(interned.count, name.utf8.count)
                buffer.writeInterned(interned)
                XCTAssertEqual(try buffer.interned(name).characters, interned.characters)
                pointers.append(interned.characters)
                expected += ";" + String(repeating: "_", count: lead) + name
            }
        }
        buffer.write("|")
        XCTAssertEqual(Set(pointers).count, names.count)
        XCTAssertEqual(Self.string(buffer), expected + "|")
    }

    /// Interned markup written twice just before the buffer first grows, with 0-80 bytes of
    /// room left: the whole-word copy grows the buffer in time and never loses or doubles a
    /// byte (run under the address sanitizer, it also reads nothing past the interned copy).
    func testInternedMarkupIsWrittenExactlyAroundTheFirstGrowth() throws {
        let filler = String(repeating: "x", count: 4096)
        for room in 0...80 {
            for name in Self.markupOfEveryLength {
                let buffer = try LibXMLOutputBuffer()
                let interned = try buffer.interned(name)
                let written = 1024 * 1024 - room
                while buffer.count + filler.utf8.count <= written {
                    buffer.writeText(filler)
                }
                while buffer.count < written {
                    buffer.write("y")
                }
                buffer.writeInterned(interned)
                buffer.writeInterned(interned)
                buffer.write("|")
                XCTAssertFalse(buffer.hasFailed)
                let data = buffer.takeData(removing: [], movingTailFrom: buffer.count, to: 0)
                XCTAssertEqual(data.count, written + 2 * name.utf8.count + 1)
                XCTAssertEqual(
                    String(decoding: data.suffix(2 * name.utf8.count + 1), as: UTF8.self), name + name + "|",
                    "\(room) bytes of room, \(name.utf8.count) bytes")
            }
        }
    }

    /// A name holding a NUL is refused (the table of interned markup reads keys up to their
    /// first NUL), not taken for the name before it.
    func testMarkupHoldingANULIsNotInterned() throws {
        let buffer = try LibXMLOutputBuffer()
        let name = try buffer.interned("ab")
        XCTAssertThrowsError(try buffer.interned("ab\0cd"))
        XCTAssertEqual(try buffer.interned("ab").characters, name.characters)
    }

    /// Interning writes nothing, even with nothing written before.
    func testInterningLeavesNothingWritten() throws {
        let buffer = try LibXMLOutputBuffer()
        _ = try buffer.interned("a")
        _ = try buffer.internedAttribute(opening: try buffer.interned(" a=\""), value: "")
        XCTAssertEqual(buffer.count, 0)
        XCTAssertEqual(buffer.takeData(removing: [], movingTailFrom: 0, to: 0).count, 0)
    }

    /// A prepared attribute's interned bytes are the attribute as written, whatever the
    /// length of its value, and the same attribute interns to the same pointer.
    func testInternedAttributesAreWrittenExactly() throws {
        let buffer = try LibXMLOutputBuffer()
        let opening = try buffer.interned(" colname=\"")
        var expected = ""
        for length in 0...40 {
            let value = String(repeating: "c", count: length)
            let attribute = try buffer.internedAttribute(opening: opening, value: value)
            XCTAssertEqual(try buffer.internedAttribute(opening: opening, value: value).characters, attribute.characters)
            XCTAssertEqual(attribute.count, 11 + length)
            buffer.writeInterned(attribute)
            expected += " colname=\"\(value)\""
        }
        XCTAssertEqual(Self.string(buffer), expected)
    }

    /// Text or a value holding none of the bytes the word scan looks for is copied without
    /// any other test: every byte a caller excludes must be among them.
    func testEveryExcludedByteIsOneTheWordScanLooksFor() {
        for byte in UInt8.min...UInt8.max where !LibXMLOutputBuffer.isMarkupOrControlByte(byte) {
            XCTAssertFalse(LibXMLOutputBuffer.isReplacedInText(byte), "\(byte)")
            XCTAssertFalse(LibXMLOutputBuffer.isReplacedInAttributeValues(byte), "\(byte)")
            XCTAssertFalse(XMLByteWriter.mayNeedCheckOrEscape(byte), "\(byte)")
        }
    }

    /// Handing the bytes over leaves the removed ranges out and moves the tail, in place.
    func testTheBytesAreHandedOverWithRangesRemovedAndTheTailMoved() throws {
        let buffer = try LibXMLOutputBuffer()
        buffer.write("<a>..<b/>...<c/>!<d/> x=1")
        let data = buffer.takeData(removing: [3..<5, 9..<12], movingTailFrom: 21, to: 2)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "<a x=1><b/><c/>!<d/>")
        XCTAssertEqual(buffer.count, 0)
    }

    /// What xmlSaveDoc's text escaping alone makes of `text`.
    private static func libXMLEscapedText(_ text: String) -> String {
        guard let output = xmlAllocOutputBuffer(nil) else { return "(no buffer)" }
        defer { xmlOutputBufferClose(output) }
        _ = xmlOutputBufferWriteEscape(output, text, nil)
        guard let content = xmlOutputBufferGetContent(output) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(output))), as: UTF8.self)
    }

    /// What xmlSaveDoc's attribute escaping alone makes of `value` in a UTF-8 document.
    private static func libXMLEscapedAttributeValue(_ value: String) throws -> String {
        let document = try XCTUnwrap(xmlNewDoc("1.0"))
        defer { xmlFreeDoc(document) }
        document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        let buffer = try XCTUnwrap(xmlBufferCreate())
        defer { xmlBufferFree(buffer) }
        xmlAttrSerializeTxtContent(buffer, document, nil, value)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))), as: UTF8.self)
    }
}
