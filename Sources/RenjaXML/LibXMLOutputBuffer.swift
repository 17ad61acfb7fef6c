import CLibXML2
import Foundation

/// One growing UTF-8 byte buffer a document is written into, with xmlSaveDoc's own escaping:
/// text through xmlEscapeContent (`xmlOutputBufferWriteEscape` with no escaping function),
/// attribute values through `xmlAttrSerializeTxtContent`, namespace URIs through
/// `xmlBufferWriteQuotedString`. Markup (checked names, `<`, `="`) is written as given.
///
/// The bytes live in a buffer of its own, not in libxml2's: each call into libxml2's output
/// buffer cost about 125 instructions whatever its length, on several calls per element.
/// Escaping stays libxml2's: only text and values holding none of the bytes libxml2 would
/// replace, which libxml2 would copy unchanged, are copied here directly; the others go
/// through libxml2 into a scratch buffer and are copied from there.
/// Owns every libxml2 object it uses and frees them when it goes away.
final class LibXMLOutputBuffer {
    /// The document's bytes: a pointer to plain values, because every access to a class's
    /// stored `var` is checked for exclusivity at run time, an access through a pointer is not.
    private let bytes: UnsafeMutablePointer<GrowingBytes>
    /// Where libxml2 escapes text, to be copied across. It is never emptied (libxml2 offers
    /// no way to empty an output buffer): it grows by the escaped text only.
    private let textScratch: xmlOutputBufferPtr
    /// Where the serializers that only write into an `xmlBuffer` write, to be copied across.
    private let scratch: xmlBufferPtr
    /// A document whose `encoding` is UTF-8: `xmlAttrSerializeTxtContent` keeps non-ASCII
    /// bytes only for such a document (xmlSaveDoc sets the encoding while it saves), and writes
    /// `&#x..;` references otherwise.
    private let utf8Document: LibXMLDocument
    /// Finds interned markup by its bytes (the key, NUL-terminated); each entry's payload is
    /// the markup's copy, `internedSlack` bytes longer than the markup, allocated here and
    /// freed with the table. The copies are the buffer's own, not libxml2's dictionary's: a
    /// dictionary's copy of a key padded with NULs holds the padding only up to libxml2 2.11
    /// (from 2.12 on the key ends at its first NUL).
    private let internedMarkup: xmlHashTablePtr

    /// Markup interned in a buffer (`interned(_:)`, `internedAttribute`): `count` bytes at
    /// `characters`, which can be read `internedSlack` bytes further, as `writeInterned`
    /// does. Only the buffer makes one, so none lacks that room; it lives as the buffer does.
    struct InternedMarkup {
        let characters: UnsafePointer<CChar>
        let count: Int

        fileprivate init(characters: UnsafePointer<CChar>, count: Int) {
            self.characters = characters
            self.count = count
        }
    }

    init() throws(XMLSerializationError) {
        LibXML.initialize()
        guard let textScratch = xmlAllocOutputBuffer(nil) else {
            throw .libraryFailure("xmlAllocOutputBuffer")
        }
        guard let scratch = xmlBufferCreate() else {
            xmlOutputBufferClose(textScratch)
            throw .libraryFailure("xmlBufferCreate")
        }
        guard let document = xmlNewDoc("1.0") else {
            xmlOutputBufferClose(textScratch)
            xmlBufferFree(scratch)
            throw .libraryFailure("xmlNewDoc")
        }
        guard let internedMarkup = xmlHashCreate(0) else {
            xmlOutputBufferClose(textScratch)
            xmlBufferFree(scratch)
            xmlFreeDoc(document)
            throw .libraryFailure("xmlHashCreate")
        }
        utf8Document = LibXMLDocument(document)
        document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        self.textScratch = textScratch
        self.scratch = scratch
        self.internedMarkup = internedMarkup
        bytes = .allocate(capacity: 1)
        bytes.initialize(to: GrowingBytes())
    }

    deinit {
        bytes.pointee.deallocate()
        bytes.deinitialize(count: 1)
        bytes.deallocate()
        xmlOutputBufferClose(textScratch)
        xmlBufferFree(scratch)
        xmlHashFree(internedMarkup) { copy, _ in free(copy) }
    }

    /// How many bytes have been written so far: the offset of the next one.
    var count: Int {
        bytes.pointee.count
    }

    /// How many bytes past the end of interned markup can be read, and past the written
    /// bytes written: `writeInterned` copies markup this many bytes at a time, which may run
    /// past it.
    static var internedSlack: Int { GrowingBytes.wholeCopyWidth }

    /// `name` as markup that lives as long as this buffer: the same pointer for the same
    /// bytes, so names compare by pointer.
    func interned(_ name: String) throws(XMLSerializationError) -> InternedMarkup {
        let count = name.utf8.count
        guard let markup = name.withCString({ key in internedCopy(ofKey: key, count: count) }) else {
            throw .libraryFailure("xmlHashAddEntry")
        }
        return markup
    }

    /// The bytes `writeInterned(opening)`, `writeAttributeValue(value)` and `write("\"")`
    /// would write (` name="value"`, `opening` being ` name="`), interned like a name and not
    /// left written: an attribute written on thousands of elements is escaped once, then copied.
    func internedAttribute(opening: InternedMarkup, value: String) throws(XMLSerializationError) -> InternedMarkup {
        let start = count
        defer { bytes.pointee.truncate(to: start) }
        writeInterned(opening)
        writeAttributeValue(value)
        write("\"")
        let length = count - start
        // The key's terminating NUL.
        write("\0")
        guard !hasFailed, let base = bytes.pointee.base,
            let markup = internedCopy(ofKey: (base + start).assumingMemoryBound(to: CChar.self), count: length)
        else {
            throw .libraryFailure("xmlHashAddEntry")
        }
        return markup
    }

    /// The interned copy of the `count` bytes at `key` (followed by a NUL), made on their
    /// first use; `nil` when memory ran out or the bytes hold a NUL (markup never does: names
    /// are checked and values refused with one before they are interned), since the table
    /// reads a key up to its first NUL.
    private func internedCopy(ofKey key: UnsafePointer<CChar>, count: Int) -> InternedMarkup? {
        guard strlen(key) == count else { return nil }
        let xmlKey = UnsafeRawPointer(key).assumingMemoryBound(to: xmlChar.self)
        if let copy = xmlHashLookup(internedMarkup, xmlKey) {
            return InternedMarkup(characters: UnsafePointer(copy.assumingMemoryBound(to: CChar.self)), count: count)
        }
        // Zeroed: the slack is copied along with the markup, and then written over.
        guard let copy = calloc(count + Self.internedSlack, 1) else { return nil }
        copy.copyMemory(from: key, byteCount: count)
        guard xmlHashAddEntry(internedMarkup, xmlKey, copy) == 0 else {
            free(copy)
            return nil
        }
        return InternedMarkup(characters: UnsafePointer(copy.assumingMemoryBound(to: CChar.self)), count: count)
    }

    /// Markup, written as it is. Inlined, as is `write(_:count:)`: called for every tag (a
    /// `>` or `/>`), where the call cost more than storing the byte, and inlined a literal's
    /// representation is known where it is written.
    @inline(__always)
    func write(_ markup: StaticString) {
        // A literal's bytes are read where they are: `withUTF8Buffer` wraps them in a closure
        // call, which cost more than copying the `>` or `"` written after each start tag
        // and attribute value.
        guard markup.hasPointerRepresentation else {
            markup.withUTF8Buffer { characters in
                if let base = characters.baseAddress {
                    bytes.pointee.append(base, count: characters.count)
                }
            }
            return
        }
        bytes.pointee.append(markup.utf8Start, count: markup.utf8CodeUnitCount)
    }

    /// Markup interned here, as it is: a name, a start or end tag, an indentation, a
    /// prepared attribute.
    @inline(__always)
    func writeInterned(_ markup: InternedMarkup) {
        bytes.pointee.appendReadablePastEnd(UnsafeRawPointer(markup.characters), count: markup.count)
    }

    /// Text content, escaped as xmlSaveDoc escapes a text node (`<`, `>`, `&`, carriage return).
    func writeText(_ text: String) {
        guard !appendVerbatim(text, unless: Self.isReplacedInText) else { return }
        let start = Int(xmlOutputBufferGetSize(textScratch))
        LibXML.withXMLString(text) { characters in
            _ = xmlOutputBufferWriteEscape(textScratch, characters, nil)
        }
        if let content = xmlOutputBufferGetContent(textScratch) {
            bytes.pointee.append(content + start, count: Int(xmlOutputBufferGetSize(textScratch)) - start)
        }
    }

    /// An attribute value, without its quotes, escaped as xmlSaveDoc escapes one in a UTF-8
    /// document.
    func writeAttributeValue(_ value: String) {
        guard !appendVerbatim(value, unless: Self.isReplacedInAttributeValues) else { return }
        LibXML.withXMLString(value) { characters in
            xmlAttrSerializeTxtContent(scratch, utf8Document.pointer, nil, characters)
        }
        moveScratchToOutput()
    }

    /// A namespace URI in quotes, as xmlSaveDoc writes one in a namespace declaration.
    func writeQuotedURI(_ uri: String) {
        LibXML.withXMLString(uri) { characters in
            xmlBufferWriteQuotedString(scratch, characters)
        }
        moveScratchToOutput()
    }

    /// Whether something could not be written (memory ran out).
    var hasFailed: Bool {
        bytes.pointee.hasFailed || textScratch.pointee.error != 0
    }

    /// The bytes written, handed over without a copy (the buffer is empty afterwards): the
    /// ranges `removed` (ascending, not overlapping, all at or after `insertion`) left out,
    /// and the bytes from `movedStart` to the end (after every removed range) moved to
    /// `insertion`. Rearranged in place: copying a generated document's 2 MB of output into
    /// a new `Data` cost 2.2 M instructions.
    func takeData(removing removed: [Range<Int>], movingTailFrom movedStart: Int, to insertion: Int) -> Data {
        guard let base = bytes.pointee.base else { return Data() }
        let tail = Array(UnsafeRawBufferPointer(start: base + movedStart, count: count - movedStart))
        // Closes the removed ranges up, front to back: each move goes to a lower offset.
        var end = removed.first?.lowerBound ?? movedStart
        var kept = end
        for range in removed {
            end += Self.move(base, from: kept..<range.lowerBound, to: end)
            kept = range.upperBound
        }
        end += Self.move(base, from: kept..<movedStart, to: end)
        // Makes room for the tail at `insertion` and puts it there.
        if !tail.isEmpty {
            _ = Self.move(base, from: insertion..<end, to: insertion + tail.count)
            tail.withUnsafeBytes { moved in
                if let source = moved.baseAddress {
                    (base + insertion).copyMemory(from: source, byteCount: moved.count)
                }
            }
            end += tail.count
        }
        let data = Data(bytesNoCopy: base, count: end, deallocator: .free)
        bytes.pointee.relinquish()
        return data
    }

    /// Moves the bytes of `range` to `offset` (the ranges may overlap); how many there were.
    private static func move(_ base: UnsafeMutableRawPointer, from range: Range<Int>, to offset: Int) -> Int {
        if range.lowerBound != offset, !range.isEmpty {
            memmove(base + offset, base + range.lowerBound, range.count)
        }
        return range.count
    }

    /// Text content copied as it is when none of its bytes is one `isExcluded` picks; whether
    /// it was. `isExcluded` is `isReplacedInText` (the bytes libxml2 would replace) or more: a
    /// caller's own checks, done in the same scan. (Not composed here: a closure calling the
    /// caller's closure per byte cost 10 M instructions on a generated project.)
    /// Only bytes `isMarkupOrControlByte` picks are honoured: text holding none of those is
    /// copied without asking `isExcluded` (the word scan looks for that fixed set only).
    func writeTextVerbatim(_ text: String, unlessAny isExcluded: (UInt8) -> Bool) -> Bool {
        appendVerbatim(text, unless: isExcluded)
    }

    /// Copies `string` as it is when no byte of it is one `isReplaced` picks (the bytes
    /// libxml2 would replace: libxml2 would copy such a string unchanged). Whether it did; a
    /// string not stored as contiguous UTF-8 (a bridged one) is never copied here. Every byte
    /// `isReplaced` picks must be one `isMarkupOrControlByte` picks (tested).
    private func appendVerbatim(_ string: String, unless isReplaced: (UInt8) -> Bool) -> Bool {
        // Not `withUTF8`: it needs a mutable copy of the string, a retain and a release per call.
        string.utf8.withContiguousStorageIfAvailable { characters in
            guard Self.holdsNoMarkupOrControlByte(characters) || !characters.contains(where: isReplaced) else {
                return false
            }
            if let base = characters.baseAddress {
                bytes.pointee.append(base, count: characters.count)
            }
            return true
        } == true
    }

    /// Whether none of `bytes` is a C0 control byte, `&`, `<`, `>`, `"` or 0xEF: every byte
    /// any caller's `isReplaced` picks is one of them, so such bytes need no closer look.
    /// Tested eight at a time (SWAR): byte by byte, the test cost ~9 instructions a byte on
    /// the ~1 MB of text and values a generated document writes. The word test may say
    /// "maybe" wrongly, never "none" wrongly: the caller then tests byte by byte.
    static func holdsNoMarkupOrControlByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(start)
        guard bytes.count >= 8 else {
            // A third of a document's texts are shorter than a word (`91%`, `-`): their bytes
            // are gathered into one word (some twice: repeating a byte adds none) and tested
            // once, where testing them one by one cost ~8 instructions a byte.
            let word: UInt64
            if bytes.count >= 4 {
                word = UInt64(raw.loadUnaligned(as: UInt32.self))
                    | UInt64(raw.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self)) << 32
            } else if bytes.count > 0 {
                let first = UInt64(start[0])
                let gathered = first | UInt64(start[bytes.count / 2]) << 8 | UInt64(start[bytes.count - 1]) << 16 | first << 24
                word = gathered | gathered << 32
            } else {
                return true
            }
            return !mayHoldMarkupOrControlByte(word)
        }
        var offset = 0
        while offset < bytes.count - 8 {
            if mayHoldMarkupOrControlByte(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                return false
            }
            offset += 8
        }
        // The last eight bytes, overlapping the word before unless the count is a multiple of 8.
        return !mayHoldMarkupOrControlByte(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }

    /// One byte of those `holdsNoMarkupOrControlByte` looks for, by a bit in a 256-bit set:
    /// 0x00-0x1F, `"` (0x22), `&` (0x26), `<` (0x3C), `>` (0x3E) in the first word, 0xEF in
    /// the last.
    @inline(__always)
    static func isMarkupOrControlByte(_ byte: UInt8) -> Bool {
        let firstWord: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        let lastWord: UInt64 = 1 << (0xEF - 0xC0)
        let word = byte < 0x40 ? firstWord : byte >= 0xC0 ? lastWord : 0
        return word >> (byte & 0x3F) & 1 != 0
    }

    /// Whether a byte of `word` may be one `holdsNoMarkupOrControlByte` looks for: for each
    /// byte value sought, the classic test for a zero byte (a byte minus one borrows into its
    /// high bit only if it was zero, or had that bit set, which `& ~word` excludes), on the
    /// word xored with that value; and for bytes below 0x20 the same with 0x20 subtracted.
    /// `"` and `&` (0x22, 0x26) differ in one bit, as do `<` and `>` (0x3C, 0x3E): with that
    /// bit set in every byte first, one test finds either (no other byte becomes 0x26 or
    /// 0x3E so). Never false when such a byte is there.
    @inline(__always)
    private static func mayHoldMarkupOrControlByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zeroByteBits(_ word: UInt64) -> UInt64 {
            (word &- ones) & ~word
        }
        let found =
            (word &- ones &* 0x20) & ~word
            | zeroByteBits((word | ones &* 0x04) ^ (ones &* 0x26))
            | zeroByteBits((word | ones &* 0x02) ^ (ones &* 0x3E))
            | zeroByteBits(word ^ (ones &* 0xEF))
        return found & 0x8080_8080_8080_8080 != 0
    }

    private func moveScratchToOutput() {
        if let content = xmlBufferContent(scratch) {
            bytes.pointee.append(content, count: Int(xmlBufferLength(scratch)))
        }
        xmlBufferEmpty(scratch)
    }

    /// The bytes xmlEscapeContent replaces (`<`, `>`, `&`, carriage return), and NUL, where
    /// libxml2 would stop reading (XML text never holds one: the writer refuses it first).
    static func isReplacedInText(_ byte: UInt8) -> Bool {
        // Every such byte is below `?`: letters, digits above it are settled by one comparison.
        guard byte < UInt8(ascii: "?") else { return false }
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\r"), 0:
            return true
        default:
            return false
        }
    }

    /// The seven bytes xmlAttrSerializeTxtContent replaces in a UTF-8 document's attribute
    /// values: `<`, `>`, `&`, `"`, newline, carriage return and tab; and NUL, as in text.
    static func isReplacedInAttributeValues(_ byte: UInt8) -> Bool {
        guard byte < UInt8(ascii: "?") else { return false }
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""),
            UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), 0:
            return true
        default:
            return false
        }
    }

}

/// A byte buffer that grows by doubling: appending costs a bounds check and a copy.
private struct GrowingBytes {
    private(set) var base: UnsafeMutableRawPointer?
    private(set) var count = 0
    private var capacity = 0
    /// Memory ran out: what could not be appended is lost.
    private(set) var hasFailed = false

    /// Inlined into every caller: as a call it cost 36 instructions of its own, on some
    /// 300,000 appends per generated document; growing, rare, stays a call.
    @inline(__always)
    mutating func append(_ source: UnsafeRawPointer, count appended: Int) {
        guard appended > 0 else { return }
        if count + appended > capacity {
            guard grow(toHold: count + appended) else { return }
        }
        guard let base else { return }
        if appended == 1 {
            // The `>` and `"` of every tag and attribute: a store, where a call to memcpy
            // costs some 60 instructions whatever the length.
            (base + count).storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
        } else {
            (base + count).copyMemory(from: source, byteCount: appended)
        }
        count += appended
    }

    /// What `appendReadablePastEnd` copies at a time: two of these.
    private typealias CopiedVector = SIMD16<UInt8>

    /// How many bytes `appendReadablePastEnd` copies whole, whatever the length.
    static var wholeCopyWidth: Int { 2 * MemoryLayout<CopiedVector>.size }

    /// `append` for `count` bytes at `source` that can be read `wholeCopyWidth` bytes past
    /// their end (interned markup): the first `wholeCopyWidth` bytes are copied as two
    /// 16-byte vectors, which may write past the new end into room kept free for it, where a
    /// call to memcpy cost 15-20 instructions (~130,000 tags and attributes per generated
    /// document). Few branches: this is inlined into every tag the writer writes, and each
    /// branch made its callers larger, until the compiler stopped inlining `beginChild`.
    @inline(__always)
    mutating func appendReadablePastEnd(_ source: UnsafeRawPointer, count appended: Int) {
        let vector = MemoryLayout<CopiedVector>.size
        if count + appended + Self.wholeCopyWidth > capacity {
            guard grow(toHold: count + appended + Self.wholeCopyWidth) else { return }
        }
        // Not nil: the capacity is above zero.
        let destination = base.unsafelyUnwrapped + count
        destination.storeBytes(of: source.loadUnaligned(as: CopiedVector.self), as: CopiedVector.self)
        destination.storeBytes(
            of: source.loadUnaligned(fromByteOffset: vector, as: CopiedVector.self), toByteOffset: vector,
            as: CopiedVector.self)
        if appended > Self.wholeCopyWidth {
            (destination + Self.wholeCopyWidth).copyMemory(
                from: source + Self.wholeCopyWidth, byteCount: appended - Self.wholeCopyWidth)
        }
        count += appended
    }

    mutating func deallocate() {
        free(base)
        relinquish()
    }

    /// Forgets the bytes without freeing them: their new owner frees them.
    mutating func relinquish() {
        base = nil
        count = 0
        capacity = 0
    }

    /// Forgets the bytes from `offset` on.
    mutating func truncate(to offset: Int) {
        count = min(count, max(offset, 0))
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) -> Bool {
        // 1 MiB first: starting at 64 KiB, a generated document's 1 MB of DocBook was copied
        // by five reallocations (~1.3 M instructions, ~200 page faults more); pages never
        // written are never touched, so a small document pays nothing for the room. (2 MiB
        // saved 1 M instructions more but raised the peak resident memory by 10 MiB.)
        let newCapacity = max(needed, capacity * 2, 1024 * 1024)
        guard let grown = realloc(base, newCapacity) else {
            hasFailed = true
            return false
        }
        base = grown
        capacity = newCapacity
        return true
    }
}
