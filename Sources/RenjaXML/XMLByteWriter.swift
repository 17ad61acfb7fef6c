import CLibXML2
import Foundation

/// The writing side of `XMLMarkupWriter`: writes each call's markup straight into one byte
/// buffer, exactly as xmlSaveDoc wrote the libxml2 tree this replaces (no tree is built).
///
/// A struct with mutating methods, held by the class in one `@exclusivity(unchecked)`
/// property: every access to a class's stored property is checked for exclusivity at run
/// time, which cost as much as the writing when each call touched several properties; a
/// struct's own properties are not. Not copyable: a method that does not change it borrows
/// it (a copyable struct's non-mutating method copied the whole writer, retaining its
/// arrays and buffer), and its stacks of plain values are its own.
///
/// Two things are known only after the bytes they affect are written, and are settled when
/// `finishedData()` hands the bytes over: `xmlns:xlink`, declared on the root (after its
/// `xmlns`) once an `xlink:` attribute needs it, and the indentation put before an element's
/// children when its first child was an element, taken back out if text follows among them.
struct XMLByteWriter: ~Copyable {
    /// HTML elements that have no end tag (HTML Living Standard, "void elements").
    static let htmlVoidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// HTML elements whose text an HTML parser reads raw, without unescaping.
    static let htmlRawTextElements: Set<String> = ["script", "style"]

    /// What writing needs to know about one element name.
    /// Internal, not private: see `OpenElement`.
    struct ElementName {
        /// `<name`, then the rest of the start tag is written after it.
        var startTag: LibXMLOutputBuffer.InternedMarkup
        /// `</name>`.
        var endTag: LibXMLOutputBuffer.InternedMarkup
        var isPreserved: Bool
        var isHTMLVoid: Bool
        var isHTMLRawText: Bool
        /// Where the name itself is in `elementNameTexts`. 32 bits: an `OpenElement` then
        /// still fits in 64 bytes, which Swift copies in registers; at 72 every copy
        /// (`openElements.last`, several per element) became a call to memcpy.
        var index: Int32
    }

    /// The namespace an attribute name's prefix selects.
    private enum AttributePrefix {
        case none, xml, xlink
    }

    /// What writing needs to know about one attribute name.
    private struct AttributeName {
        var prefix: AttributePrefix
        /// ` name="` as written (` xlink:href="`): the prefix selects the namespace, so the
        /// same pointer means the same attribute.
        var opening: LibXMLOutputBuffer.InternedMarkup
    }

    /// An element started and not yet ended. Plain values only (no Swift strings): it is
    /// copied on every call, and a string in it cost a retain and a release each time.
    /// Internal, as are the types it holds, not private: destroying the writer's stack of
    /// them from `XMLMarkupWriter`'s file referred to this type's private descriptor, which a
    /// debug build (one object file per source file) cannot link ("Global is external, but
    /// doesn't have external or weak linkage").
    struct OpenElement {
        var name: ElementName
        /// Its namespace: an index into `namespaceURIs`, or -1 for none.
        var namespace: Int
        var isHTML: Bool
        /// Inside an element whose content is written exactly as given (itself included).
        var isPreserved: Bool
        var hasChildren = false
        /// Whether each child so far was put on a line of its own.
        var indentsChildren = false
        /// Where this element's entries in `indentationOffsets` begin.
        var firstIndentation: Int
    }

    let flavor: XMLSerializer.Flavor
    let indentation: XMLSerializer.Indentation?
    /// Told each complete start tag, each caller text and each end, in document order.
    let observer: XMLMarkupObserver?
    private let output: LibXMLOutputBuffer
    /// The first refused call, if any: from then on nothing more is written.
    private(set) var failure: XMLSerializationError?
    /// `failure != nil`, kept apart: testing the optional enum on every call went through
    /// its generic value witnesses.
    private var hasFailed = false
    private var hasRoot = false
    /// `finishedData()` has handed the bytes over.
    private var isFinished = false
    private var openElements = PlainValueStack<OpenElement>()
    /// Every namespace URI an element has declared, each once.
    private var namespaceURIs: [String] = []
    /// The end of the root's name and default namespace declaration: where `xmlns:xlink` goes.
    private var rootDeclarationsEnd = 0
    private var declaresXLink = false
    private var elementNames = LibXMLNameTable<ElementName>()
    /// Every element name interned, in the order of first use: what the observer is told,
    /// made once per name instead of from the interned bytes on every start tag.
    private var elementNameTexts: [String] = []
    /// One table per attribute position: an element's attributes repeat in the same order
    /// (`colname`, `align` on every entry), so each position's last name is usually the next.
    private var attributeNames: [LibXMLNameTable<AttributeName>] = []
    /// The attribute names of the element whose start tag is open, to refuse a duplicate.
    private var startTagAttributes = PlainValueStack<UnsafePointer<CChar>>()
    /// The start tag's attributes, collected for the observer only, unless `isObservedAlone`.
    private var observedAttributes: [XMLMarkupAttribute] = []
    /// The start tag's attributes when they are one prepared attribute alone (the `colname`
    /// of nearly every table entry): that attribute's own one-element array, handed to the
    /// observer as it is. Collecting it into `observedAttributes` retained its three strings
    /// and released them at the next start tag, ~100 instructions per entry.
    private var observedAlone: [XMLMarkupAttribute] = []
    /// Whether the observer is told `observedAlone`, not `observedAttributes`.
    private var isObservedAlone = false
    /// Where each indentation of the open elements' children was written, innermost last.
    private var indentationOffsets = PlainValueStack<Int>()
    /// Indentation written and then taken back: left out when the bytes are handed over.
    private var removedRanges: [Range<Int>] = []
    /// The newline and spaces before a child at each depth, interned in the output buffer.
    private var indentationTexts: [LibXMLOutputBuffer.InternedMarkup] = []

    /// An empty document, its XML declaration or DOCTYPE already written.
    init(
        flavor: XMLSerializer.Flavor, writesXMLDeclaration: Bool, indentation: XMLSerializer.Indentation?,
        observer: XMLMarkupObserver?
    ) throws(XMLSerializationError) {
        self.flavor = flavor
        self.indentation = indentation
        self.observer = observer
        output = try LibXMLOutputBuffer()
        switch flavor {
        case .xml where writesXMLDeclaration:
            output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        case .xml:
            break
        case .html5Polyglot:
            output.write("<!DOCTYPE html>\n")
        }
    }

    // MARK: - Writing (see `XMLMarkupWriter` for what each call means)
    //
    // The calls made for every element, attribute and text (`@inline(__always)` here and
    // below) are inlined into `XMLMarkupWriter`'s methods, down to the bytes written: each
    // level of call cost 20-40 instructions (registers saved, the writer's fields reloaded),
    // a fifth to a third of the work it wrapped, on ~100,000 calls per generated document.

    mutating func startElement(_ name: String, namespace: String?) {
        guard !hasFailed else { return }
        do {
            try start(elementName(name), named: name, namespace: namespace)
        } catch {
            fail(error)
        }
    }

    /// `name` checked and interned for `startElement(_:)`; one refused is kept unchecked, to
    /// be refused when it is started. Writes nothing.
    mutating func prepareElement(_ name: String) -> XMLPreparedElementName {
        guard let facts = try? elementName(name) else {
            return XMLPreparedElementName(name: name, accepted: nil)
        }
        return XMLPreparedElementName(name: name, accepted: XMLPreparedElementName.Accepted(output: output, facts: facts))
    }

    @inline(__always)
    mutating func startElement(_ prepared: XMLPreparedElementName) {
        guard !hasFailed else { return }
        guard prepared.accepted?.output === output, let facts = prepared.accepted?.facts else {
            startElement(prepared.name, namespace: nil)
            return
        }
        do {
            try start(facts, named: prepared.name, namespace: nil)
        } catch {
            fail(error)
        }
    }

    mutating func attribute(_ name: String, _ value: String?) {
        guard !hasFailed, let value else { return }
        do {
            try addAttribute(name, value)
        } catch {
            fail(error)
        }
    }

    /// `name` and `value` checked, escaped and interned for `attribute(_:)`; one refused is
    /// kept unchecked, to be refused when it is written. Writes nothing.
    mutating func prepare(_ name: String, _ value: String) -> XMLPreparedAttribute {
        guard XMLCharacterRules.firstDisallowedScalar(in: value) == nil,
            let facts = try? Self.attributeName(name, in: output),
            let markup = try? output.internedAttribute(opening: facts.opening, value: value)
        else {
            return XMLPreparedAttribute(name: name, value: value, accepted: nil)
        }
        return XMLPreparedAttribute(
            name: name, value: value,
            accepted: XMLPreparedAttribute.Accepted(
                output: output,
                markup: XMLPreparedAttribute.Markup(
                    bytes: markup,
                    opening: facts.opening.characters,
                    declaresXLink: facts.prefix == .xlink),
                observed: [Self.observed(name, prefix: facts.prefix, value: value)]))
    }

    @inline(__always)
    mutating func attribute(_ prepared: XMLPreparedAttribute) {
        guard !hasFailed else { return }
        guard prepared.accepted?.output === output, let markup = prepared.accepted?.markup else {
            attribute(prepared.name, prepared.value)
            return
        }
        do {
            try addAttribute(markup, of: prepared)
        } catch {
            fail(error)
        }
    }

    @inline(__always)
    mutating func text(_ text: String) {
        guard !hasFailed else { return }
        do {
            try addText(text)
        } catch {
            fail(error)
        }
    }

    @inline(__always)
    mutating func endElement() {
        guard !hasFailed else { return }
        do {
            try end()
        } catch {
            fail(error)
        }
    }

    mutating func append(_ element: XMLElement) {
        startElement(element.name, namespace: element.namespace)
        for attribute in element.attributes {
            self.attribute(attribute.name, attribute.value)
        }
        for child in element.children {
            switch child {
            case let .element(childElement):
                append(childElement)
            case let .text(text, _):
                self.text(text)
            }
        }
        endElement()
    }

    private mutating func fail(_ error: XMLSerializationError) {
        failure = error
        hasFailed = true
    }

    /// The finished document's bytes, ending with a newline, or the first error of its writing.
    /// The bytes can be taken only once: they are handed over, not copied, and a call after
    /// that throws. A call refused for an open element or a missing root takes nothing.
    mutating func finishedData() throws(XMLSerializationError) -> Data {
        if let failure {
            throw failure
        }
        guard !isFinished else {
            throw .misplacedMarkup("the document's bytes were already taken")
        }
        guard openElements.isEmpty, hasRoot else {
            throw .misplacedMarkup("the document ends with an element still open, or without a root element")
        }
        // Set only now: a call refused above hands nothing over, and the writer goes on.
        isFinished = true
        output.write("\n")
        // The declaration is written last and moved into the root's start tag when handed over.
        let declarationStart = output.count
        if declaresXLink {
            writeNamespaceDeclaration(prefix: "xlink", uri: XMLNamespaceURI.xlink)
        }
        guard !output.hasFailed else {
            throw .libraryFailure("xmlOutputBufferWrite")
        }
        return output.takeData(
            removing: removedRanges.sorted(by: { $0.lowerBound < $1.lowerBound }), movingTailFrom: declarationStart,
            to: rootDeclarationsEnd)
    }

    // MARK: - Elements

    /// Starts the element whose name's facts are `facts` (see `elementName(_:)`). `name` is
    /// the caller's spelling, for the error: the interned one is the spelling seen first,
    /// which String equality may have merged with another (NFC and NFD); an autoclosure, so
    /// that the hot path does not carry it.
    @inline(__always)
    private mutating func start(
        _ facts: ElementName, named name: @autoclosure () -> String, namespace uri: String?
    ) throws(XMLSerializationError) {
        // The parent's fields are read in place, here and in `end()`: copying an open element
        // out (`last`, `removeLast()`) cost a call to memcpy.
        let parent = openElements.count - 1
        var namespace = -1
        var isHTML = flavor == .html5Polyglot
        var isPreserved = facts.isPreserved
        if parent >= 0 {
            namespace = openElements[parent].namespace
            isHTML = openElements[parent].isHTML
            isPreserved = isPreserved || openElements[parent].isPreserved
            try beginChild(isText: false)
        } else if hasRoot {
            throw .misplacedMarkup("<\(name())> after the root element")
        }
        hasRoot = true

        write(facts.startTag)
        // Only the roots of vocabularies (html, math, svg) name a namespace.
        if let uri, uri != namespaceURI(namespace) {
            // libxml2 writes a namespace declaration's URI unescaped, as xmlSaveDoc did.
            guard !uri.utf8.contains(where: Self.isUndeclarableByte) else {
                throw .undeclarableNamespace(uri)
            }
            namespace = namespaceIndex(uri)
            isHTML = flavor == .html5Polyglot && uri == XMLNamespaceURI.xhtml
            writeNamespaceDeclaration(prefix: nil, uri: uri)
        }
        if parent < 0 {
            rootDeclarationsEnd = output.count
        }
        startTagAttributes.removeAll(from: 0)
        // `observedAttributes` is emptied one by one: removeAll(keepingCapacity:) goes through
        // replaceSubrange (80-230 instructions, even on an empty array), removeLast costs ~35
        // and a start tag has a few attributes.
        while !observedAttributes.isEmpty {
            observedAttributes.removeLast()
        }
        isObservedAlone = false
        openElements.append(
            OpenElement(
                name: facts, namespace: namespace, isHTML: isHTML, isPreserved: isPreserved,
                firstIndentation: indentationOffsets.count))
    }

    /// Inlined, as `addText` and `observeStartTag` are: each is called once per element or
    /// text, and the call (registers saved, the writer's fields reloaded) cost a fifth to a
    /// third of its work.
    @inline(__always)
    private mutating func end() throws(XMLSerializationError) {
        let current = openElements.count - 1
        guard current >= 0 else {
            throw .misplacedMarkup("an end tag without an element to end")
        }
        let nameIndex = openElements[current].name.index
        let endTag = openElements[current].name.endTag
        let isHTMLVoid = openElements[current].name.isHTMLVoid
        let isHTML = openElements[current].isHTML
        let hasChildren = openElements[current].hasChildren
        let indentsChildren = openElements[current].indentsChildren
        let firstIndentation = openElements[current].firstIndentation
        let namespace = openElements[current].namespace
        openElements.removeAll(from: current)
        if !hasChildren {
            observeStartTag(name: nameIndex, namespace: namespace)
            if isHTML, !isHTMLVoid {
                // `<td/>` reads in HTML as an unclosed start tag.
                output.write(">")
                write(endTag)
            } else {
                output.write("/>")
            }
        } else {
            if isHTML, isHTMLVoid {
                throw .voidElementWithContent(elementNameTexts[Int(nameIndex)])
            }
            if indentsChildren {
                try writeIndentation(depth: current)
                indentationOffsets.removeAll(from: firstIndentation)
            }
            write(endTag)
        }
        observer?.endElement()
    }

    /// Ends the current element's start tag if this is its first child, and puts an element
    /// child on a line of its own while all children are elements and indentation applies;
    /// text among them takes that indentation back out. Inlined into `start` and `addText`:
    /// called for every element and every text, the call cost about a third of its work.
    @inline(__always)
    private mutating func beginChild(isText: Bool) throws(XMLSerializationError) {
        // Not `openElements.last`: see `end()`. The element's fields are read and set in
        // place: copying it out and back in cost as much as the rest of this function.
        let current = openElements.count - 1
        guard current >= 0 else {
            throw .misplacedMarkup("text outside the root element")
        }
        if !openElements[current].hasChildren {
            output.write(">")
            observeStartTag(name: openElements[current].name.index, namespace: openElements[current].namespace)
            openElements[current].hasChildren = true
            openElements[current].indentsChildren = !isText && indentation != nil && !openElements[current].isPreserved
        }
        guard openElements[current].indentsChildren else { return }
        if isText {
            openElements[current].indentsChildren = false
            try takeBackIndentation(of: openElements[current])
        } else {
            indentationOffsets.append(output.count)
            try writeIndentation(depth: openElements.count)
        }
    }

    /// Marks the indentation before `element`'s children (all elements so far) to be left
    /// out. Their own indentation does not depend on it, so leaving it out is exact.
    private mutating func takeBackIndentation(of element: OpenElement) throws(XMLSerializationError) {
        let length = try indentationText(depth: openElements.count).count
        for index in element.firstIndentation..<indentationOffsets.count {
            let offset = indentationOffsets[index]
            removedRanges.append(offset..<offset + length)
        }
        indentationOffsets.removeAll(from: element.firstIndentation)
    }

    /// Tells the observer the start tag of the element named `elementNameTexts[name]` in the
    /// namespace `namespace` (see `OpenElement`), with the attributes collected for it.
    /// Given two fields, not the element: passing a copy of it cost a call to memcpy. Mutating:
    /// borrowing the writer made a copy of the observer through its value witnesses. Inlined:
    /// see `end()`.
    @inline(__always)
    private mutating func observeStartTag(name: Int32, namespace: Int) {
        guard let observer else { return }
        // Two calls, not one with the array picked by a conditional: picking a stored
        // reference retains it, handing the stored property on does not.
        if isObservedAlone {
            observer.startElement(
                elementNameTexts[Int(name)], namespace: namespaceURI(namespace) ?? "", attributes: observedAlone)
        } else {
            observer.startElement(
                elementNameTexts[Int(name)], namespace: namespaceURI(namespace) ?? "", attributes: observedAttributes)
        }
    }

    private mutating func writeNamespaceDeclaration(prefix: StaticString?, uri: String) {
        if let prefix {
            output.write(" xmlns:")
            output.write(prefix)
            output.write("=")
        } else {
            output.write(" xmlns=")
        }
        output.writeQuotedURI(uri)
    }

    private func namespaceURI(_ index: Int) -> String? {
        index < 0 ? nil : namespaceURIs[index]
    }

    private mutating func namespaceIndex(_ uri: String) -> Int {
        if let index = namespaceURIs.firstIndex(of: uri) {
            return index
        }
        namespaceURIs.append(uri)
        return namespaceURIs.count - 1
    }

    /// The facts about the element name `name`, checked and interned on its first use.
    private mutating func elementName(_ name: String) throws(XMLSerializationError) -> ElementName {
        if let facts = elementNames.recentFacts(for: name) {
            return facts
        }
        let preservedElements = indentation?.preservedElements
        let output = output
        let nextIndex = Int32(elementNameTexts.count)
        let facts = try elementNames.factsNotRecent(for: name) { name throws(XMLSerializationError) in
            guard LibXML.isNCName(name) else {
                throw .invalidName(name)
            }
            return ElementName(
                startTag: try output.interned("<" + name), endTag: try output.interned("</" + name + ">"),
                isPreserved: preservedElements?.contains(name) == true,
                isHTMLVoid: Self.htmlVoidElements.contains(name),
                isHTMLRawText: Self.htmlRawTextElements.contains(name),
                index: nextIndex)
        }
        if facts.index == nextIndex {
            elementNameTexts.append(name)
        }
        return facts
    }

    /// The name of an element, for an error or the observer.
    private func name(of element: OpenElement) -> String {
        elementNameTexts[Int(element.name.index)]
    }

    /// Inlined: called for nearly every tag, its own work is a bounds check and a copy.
    @inline(__always)
    private func write(_ markup: LibXMLOutputBuffer.InternedMarkup) {
        output.writeInterned(markup)
    }

    // MARK: - Attributes

    private mutating func addAttribute(_ name: String, _ value: String) throws(XMLSerializationError) {
        let element = try elementTakingAttribute(name)
        try check(value, in: openElements[element], attribute: name)
        let facts = try attributeName(name, at: startTagAttributes.count)
        try recordAttribute(name, opening: facts.opening.characters, declaresXLink: facts.prefix == .xlink, of: element)
        if observer != nil {
            observe(Self.observed(name, prefix: facts.prefix, value: value))
        }
        write(facts.opening)
        output.writeAttributeValue(value)
        output.write("\"")
    }

    /// What `addAttribute(_:_:)` does once the name and value are checked, for a prepared
    /// attribute: the same errors, in the same order, for what is left to check.
    @inline(__always)
    private mutating func addAttribute(
        _ markup: XMLPreparedAttribute.Markup, of prepared: XMLPreparedAttribute
    ) throws(XMLSerializationError) {
        let element = try elementTakingAttribute(prepared.name)
        try recordAttribute(prepared.name, opening: markup.opening, declaresXLink: markup.declaresXLink, of: element)
        // Optional only as the prepared attribute's part is read (`accepted?.observed`).
        if observer != nil, let observed = prepared.accepted?.observed {
            if startTagAttributes.count == 1 {
                observedAlone = observed
                isObservedAlone = true
            } else {
                observe(observed[0])
            }
        }
        write(markup.bytes)
    }

    /// Where in `openElements` the element whose start tag the attribute `name` goes into is.
    /// Inlined, as is `recordAttribute`: both are a few tests, on every attribute.
    @inline(__always)
    private func elementTakingAttribute(_ name: String) throws(XMLSerializationError) -> Int {
        // Not `openElements.last`: see `end()`.
        let current = openElements.count - 1
        guard current >= 0, !openElements[current].hasChildren else {
            throw .misplacedMarkup("attribute '\(name)' outside a start tag")
        }
        return current
    }

    /// Records the attribute `name`, written ` name="` at `opening`, in the open start tag of
    /// `openElements[element]`: refused if it is already there, and what the root's
    /// `xmlns:xlink` needs. The caller then tells the observer's collection.
    @inline(__always)
    private mutating func recordAttribute(
        _ name: String, opening: UnsafePointer<CChar>, declaresXLink: Bool, of element: Int
    ) throws(XMLSerializationError) {
        guard !startTagAttributes.contains(opening) else {
            throw .duplicateAttribute(name, element: self.name(of: openElements[element]))
        }
        startTagAttributes.append(opening)
        if declaresXLink {
            self.declaresXLink = true
        }
    }

    /// Collects `attribute` for the observer, after the prepared attribute that stood alone
    /// so far, if any. Inlined, and taking the attribute it is given: a call borrowing it
    /// copied its three strings once more, a third of an attribute's cost.
    @inline(__always)
    private mutating func observe(_ attribute: consuming XMLMarkupAttribute) {
        if isObservedAlone {
            isObservedAlone = false
            observedAttributes.append(observedAlone[0])
        }
        observedAttributes.append(attribute)
    }

    private static func observed(_ name: String, prefix: AttributePrefix, value: String) -> XMLMarkupAttribute {
        switch prefix {
        case .none:
            XMLMarkupAttribute(namespace: nil, localName: name, value: value)
        case .xml:
            XMLMarkupAttribute(namespace: XMLNamespaceURI.xml, localName: String(name.dropFirst("xml:".count)), value: value)
        case .xlink:
            XMLMarkupAttribute(namespace: XMLNamespaceURI.xlink, localName: String(name.dropFirst("xlink:".count)), value: value)
        }
    }

    /// The facts about an attribute written `prefix:local` or `local` at `position` among
    /// its element's attributes, checked and interned on its first use.
    private mutating func attributeName(_ name: String, at position: Int) throws(XMLSerializationError) -> AttributeName {
        while attributeNames.count <= position {
            attributeNames.append(LibXMLNameTable())
        }
        let output = output
        return try attributeNames[position].facts(for: name) { name throws(XMLSerializationError) in
            try Self.attributeName(name, in: output)
        }
    }

    /// The facts about an attribute written `prefix:local` or `local`, checked and interned.
    private static func attributeName(_ name: String, in output: LibXMLOutputBuffer) throws(XMLSerializationError) -> AttributeName {
        let (prefix, localName) = try split(name)
        guard LibXML.isNCName(localName) else {
            throw .invalidName(name)
        }
        return AttributeName(prefix: prefix, opening: try output.interned(" " + name + "=\""))
    }

    /// The prefix and local name of an attribute written `prefix:local` or `local`.
    private static func split(_ name: String) throws(XMLSerializationError) -> (AttributePrefix, String) {
        // Searching the UTF-8 bytes, not Characters: grapheme breaking made this lookup
        // cost as much as creating the attribute.
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else {
            if name == "xmlns" {
                throw .unsupportedAttributePrefix(name, attribute: name)
            }
            return (.none, name)
        }
        let prefix = String(name[..<colon])
        let localName = String(name[name.index(after: colon)...])
        switch prefix {
        case "xml":
            return (.xml, localName)
        case "xlink":
            return (.xlink, localName)
        default:
            throw .unsupportedAttributePrefix(prefix, attribute: name)
        }
    }

    // MARK: - Text

    /// Inlined: see `end()`.
    @inline(__always)
    private mutating func addText(_ text: String) throws(XMLSerializationError) {
        try beginChild(isText: true)
        // Nearly all text passes every check below and libxml2 would copy it unchanged: one
        // scan finds that, where the checks and the escaping scanned it twice (~100
        // instructions a text, on every cell).
        if !output.writeTextVerbatim(text, unlessAny: Self.mayNeedCheckOrEscape) {
            guard let element = openElements.last else { return }
            try check(text, in: element, attribute: nil)
            if element.isHTML, element.name.isHTMLRawText, text.utf8.contains(where: Self.isMarkupByte) {
                throw .rawTextNotPolyglot(element: name(of: element), text: text)
            }
            output.writeText(text)
        }
        observer?.text(text)
    }

    /// Whether a byte of text may make it refused (a C0 control byte or 0xEF, see `check`;
    /// `<`, `>`, `&`, see `isMarkupByte`) or escaped (`LibXMLOutputBuffer.isReplacedInText`,
    /// all of whose bytes the first two tests already pick). Text without any needs neither.
    static func mayNeedCheckOrEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0xEF || isMarkupByte(byte) || LibXMLOutputBuffer.isReplacedInText(byte)
    }

    /// `<`, `>` or `&`: what a raw text element cannot hold in polyglot markup. All three are
    /// ASCII, so looking at UTF-8 bytes finds them without grapheme breaking.
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    /// `<`, `&` or a C0 control byte: what a namespace declaration cannot hold unescaped.
    private static func isUndeclarableByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte < 0x20
    }

    private func check(_ text: String, in element: OpenElement, attribute: String?) throws(XMLSerializationError) {
        // Decoding scalars costs several times a scan of the bytes, and only a C0 control
        // byte or 0xEF (the lead byte of U+FFFE and U+FFFF) can start a scalar XML disallows:
        // text without either, nearly all of it, needs no closer look.
        let mayBeDisallowed = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 < 0x20 || $0 == 0xEF }
        }
        guard mayBeDisallowed != false else { return }
        if let scalar = XMLCharacterRules.firstDisallowedScalar(in: text) {
            throw .disallowedCharacter(scalar, text: text, element: name(of: element), attribute: attribute)
        }
    }

    // MARK: - Indentation

    /// Writes the newline and spaces that put what follows at `depth`. Inlined into its two
    /// callers: once per element, the call cost as much as looking the indentation up.
    @inline(__always)
    private mutating func writeIndentation(depth: Int) throws(XMLSerializationError) {
        write(try indentationText(depth: depth))
    }

    /// The newline and spaces that put what follows at `depth`, interned on first use.
    /// Inlined: an indentation already made is looked up without a call (one per element).
    @inline(__always)
    private mutating func indentationText(depth: Int) throws(XMLSerializationError) -> LibXMLOutputBuffer.InternedMarkup {
        // Tested first: reading `indentation` copies its set of preserved elements.
        if depth < indentationTexts.count {
            return indentationTexts[depth]
        }
        return try newIndentationText(depth: depth)
    }

    /// `indentationText(depth:)` for a depth not indented before: interns the indentations
    /// up to it.
    private mutating func newIndentationText(depth: Int) throws(XMLSerializationError) -> LibXMLOutputBuffer.InternedMarkup {
        let width = indentation?.width ?? 0
        while indentationTexts.count <= depth {
            indentationTexts.append(try output.interned("\n" + String(repeating: " ", count: width * indentationTexts.count)))
        }
        return indentationTexts[depth]
    }
}
