import CLibXML2

/// Validates one document against a `RelaxNGSchema` while it is written, from the writer's
/// markup events, without the document ever being held as a tree: libxml2's progressive
/// validation (what its `xmlreader.c` does), fed one small scratch node per open element.
///
/// An element whose content model libxml2 could not compile into an automaton (rare with
/// renja's grammar, common with the official DocBook schema) is validated whole: its subtree
/// is collected as a real libxml2 tree and checked when it ends.
///
/// `finish()` gives the same verdict and, as far as libxml2 allows, the same issues as
/// `RelaxNGSchema.validate(_:fileName:)` on the document built as a tree: every validity
/// error at line 0 (a written document has no lines), never a false "valid".
///
/// Made by `RelaxNGSchema.streamValidator(fileName:)`, which says how long it holds the
/// schema's lock: from its creation to `finish()`. Batch workers each validate against their
/// own `RelaxNGSchema.recompiled()`.
final class RelaxNGStreamValidator: XMLMarkupObserver {
    /// What is done with an open element's content.
    private enum Mode {
        /// Its content model runs in libxml2's stack of automata: popped at its end.
        case streamed
        /// Its content model is not compiled: its subtree is collected and validated whole.
        case subtreeRoot
        /// Inside a subtree being collected.
        case subtreeMember
        /// Not validated: the element, or an ancestor, was refused where it stands (the
        /// error is already reported, and validating its content would only add cascades).
        case unvalidated
    }

    /// An element started and not yet ended.
    private struct OpenElement {
        var node: xmlNodePtr?
        var mode: Mode
        /// libxml2's automaton for this element's content failed (an element or text not
        /// allowed there): the rest of its content is not pushed, as the tree validation
        /// stops at the first refused child.
        var isContentRefused = false
    }

    let fileName: String
    /// The schema's name, for the message of an invalid document libxml2 says nothing about.
    private let schemaName: String
    /// Frees `context` and releases the schema's lock: called once, when the validation ends.
    private let endValidation: () -> Void
    private let collector: LibXMLErrorCollector
    private let context: xmlRelaxNGValidCtxtPtr?
    /// Owns the scratch nodes (their names interned in its dictionary) and the IDs and
    /// references registered on them; it never holds more than the open elements, the
    /// subtree being collected and the ID and IDREF attributes.
    private let scratchDocument: xmlDocPtr?
    /// Keeps the ID and IDREF attributes of elements already ended: libxml2 registers them on
    /// the document by pointer, to find duplicate IDs and, at the end, undefined references.
    private let attributeKeeper: xmlNodePtr?
    // The state below is `@exclusivity(unchecked)`: each access to a class's stored `var` is
    // otherwise checked for exclusivity at run time (~11 M instructions on a generated project,
    // several per markup event). A validator is used on one thread (it holds the schema's
    // lock), and libxml2 calls back into it (`record`) only while no property access is open.
    @exclusivity(unchecked) private var openElements = PlainValueStack<OpenElement>()
    /// The scratch node of the element streamed or collected at each depth, reused by the
    /// next element there: allocating and freeing a node per element cost a third of the
    /// validation. Unlinked and without attributes or children while not in use.
    @exclusivity(unchecked) private var pooledNodes: [xmlNodePtr] = []
    @exclusivity(unchecked) private var hasRoot = false
    @exclusivity(unchecked) private var isDocumentRefused = false
    /// Non-blank text written into the current element since its last child began or ended.
    @exclusivity(unchecked) private var hasPendingText = false
    /// Some libxml2 call said "invalid": never report valid then, message or not.
    @exclusivity(unchecked) private var hasFailed = false
    /// Set by the error callback when the element just pushed was refused by its parent's
    /// automaton (libxml2 then pushed no automaton for it).
    @exclusivity(unchecked) private var wasElementRefused = false
    /// The element whose text is being pushed: libxml2's streaming message names none.
    @exclusivity(unchecked) private var textElement: xmlNodePtr?
    @exclusivity(unchecked) private var namespaces: [String: xmlNsPtr] = [:]
    /// The namespace looked up last: nearly every element is in DocBook's, and comparing
    /// the same string costs less than hashing it.
    /// (Kept as two values, not an optional pair: unwrapping the pair retained its string.)
    @exclusivity(unchecked) private var lastNamespaceURI = ""
    @exclusivity(unchecked) private var lastNamespace: xmlNsPtr?
    @exclusivity(unchecked) private var elementNames = LibXMLNameTable<UnsafePointer<xmlChar>>()
    /// One table per attribute position: an element's attributes repeat in the same order
    /// (`colname`, `align` on every entry), so each position's last name is usually the next.
    @exclusivity(unchecked) private var attributeNames: [LibXMLNameTable<UnsafePointer<xmlChar>>] = []
    /// Attributes taken off recycled nodes, linked through `next`: rewritten for later
    /// elements instead of allocating new ones (xmlNewNsProp and xmlFreeProp cost more than
    /// the rest of a scratch node). None is an ID or IDREF: those stay in the keeper.
    @exclusivity(unchecked) private var spareAttributes: xmlAttrPtr?
    @exclusivity(unchecked) private var finishedIssues: [XMLIssue]?
    /// How many subtrees were collected and validated whole (content models libxml2 did not
    /// compile): what streaming could not avoid.
    @exclusivity(unchecked) private(set) var subtreesValidatedWhole = 0

    /// A validator running libxml2's validation `context` (`nil`: it could not be made) of one
    /// document written under `fileName`; `endValidation` frees the context and releases the
    /// lock its schema holds for it (`RelaxNGSchema.streamValidator(fileName:)`).
    init(
        context: xmlRelaxNGValidCtxtPtr?, schemaName: String, fileName: String,
        endValidation: @escaping () -> Void
    ) {
        self.context = context
        self.schemaName = schemaName
        self.fileName = fileName
        self.endValidation = endValidation
        collector = LibXMLErrorCollector(file: fileName)
        scratchDocument = xmlNewDoc("1.0")
        if let scratchDocument {
            // The document owns the dictionary: xmlFreeDoc frees it, and libxml2 never
            // frees a name the dictionary owns.
            scratchDocument.pointee.dict = xmlDictCreate()
        }
        attributeKeeper = scratchDocument.flatMap { xmlNewDocNode($0, nil, "kept", nil) }
        if let context {
            xmlRelaxNGSetValidStructuredErrors(context, Self.errorCallback, Unmanaged.passUnretained(self).toOpaque())
        }
        if context == nil || scratchDocument?.pointee.dict == nil || attributeKeeper == nil {
            hasFailed = true
        }
    }

    deinit {
        if finishedIssues == nil {
            release()
        }
    }

    // MARK: - XMLMarkupObserver

    func startElement(_ name: String, namespace: String, attributes: [XMLMarkupAttribute]) {
        if hasPendingText {
            pushPendingText()
        }
        let parent = openElements.last
        switch parent?.mode {
        case .subtreeRoot?, .subtreeMember?:
            // A subtree member whose parent node could not be made (out of memory) is not
            // validated: without a parent it would become the scratch document's root.
            guard let parentNode = parent?.node else {
                hasFailed = true
                openElements.append(OpenElement(node: nil, mode: .unvalidated))
                return
            }
            let node = scratchNode(name, namespace: namespace, attributes: attributes, parent: parentNode, pooledAt: nil)
            openElements.append(OpenElement(node: node, mode: .subtreeMember))
            return
        case .unvalidated?:
            openElements.append(OpenElement(node: nil, mode: .unvalidated))
            return
        case .streamed?, nil:
            if parent == nil, hasRoot {
                // A second root element: the writer's bug, and never a valid document.
                hasFailed = true
            }
            if parent?.isContentRefused == true || isDocumentRefused || hasFailed && parent == nil {
                openElements.append(OpenElement(node: nil, mode: .unvalidated))
                return
            }
        }
        hasRoot = true
        guard let context,
            let node = scratchNode(
                name, namespace: namespace, attributes: attributes, parent: parent?.node, pooledAt: openElements.count)
        else {
            openElements.append(OpenElement(node: nil, mode: .unvalidated))
            return
        }
        wasElementRefused = false
        let result = xmlRelaxNGValidatePushElement(context, scratchDocument, node)
        switch result {
        case 1:
            openElements.append(OpenElement(node: node, mode: .streamed))
        case 0:
            // xmlreader.c's way: the content model needs the whole subtree.
            openElements.append(OpenElement(node: node, mode: .subtreeRoot))
        default:
            hasFailed = true
            if wasElementRefused {
                refuseContentOfCurrentElement()
                recycle(node)
                openElements.append(OpenElement(node: nil, mode: .unvalidated))
            } else {
                // Refused for its attributes: libxml2 pushed its automaton all the same. (Were
                // it refused for a reason that pushed none, the stack would be off by one from
                // here: the document is invalid already, so no false "valid" can come of it.)
                openElements.append(OpenElement(node: node, mode: .streamed))
            }
        }
    }

    func text(_ text: String) {
        guard let current = openElements.last else { return }
        switch current.mode {
        case .subtreeRoot, .subtreeMember:
            appendText(text, to: current.node)
        case .streamed:
            if !current.isContentRefused, !hasPendingText, Self.isNotBlank(text) {
                hasPendingText = true
            }
        case .unvalidated:
            break
        }
    }

    func endElement() {
        if hasPendingText {
            pushPendingText()
        }
        guard let element = openElements.popLast() else {
            hasFailed = true
            return
        }
        switch element.mode {
        case .streamed:
            if let context, let node = element.node {
                if xmlRelaxNGValidatePopElement(context, scratchDocument, node) != 1 {
                    hasFailed = true
                }
                recycle(node)
            }
        case .subtreeRoot:
            subtreesValidatedWhole += 1
            if let context, let node = element.node {
                if xmlRelaxNGValidateFullElement(context, scratchDocument, node) != 1 {
                    hasFailed = true
                }
                recycle(node)
            }
        case .subtreeMember, .unvalidated:
            break
        }
    }

    // MARK: - The verdict

    /// Every validity error of the document written, at line 0; empty when it is valid. Ends
    /// the validation and releases the schema's lock; later calls give the same issues.
    func finish() -> [XMLIssue] {
        if let finishedIssues {
            return finishedIssues
        }
        if !openElements.isEmpty || !hasRoot {
            hasFailed = true
        }
        if let scratchDocument {
            // As xmlRelaxNGValidateDoc ends: every IDREF must name an ID. Its context has no
            // handler (the tree validation's messages go to stderr, leaving only "not
            // valid"); the thread's structured handler catches them here.
            var references = xmlValidCtxt()
            references.valid = 1
            xmlSetStructuredErrorFunc(collector.opaque, LibXMLErrorCollector.directCallback)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            if xmlValidateDocumentFinal(&references, scratchDocument) != 1 {
                hasFailed = true
            }
        }
        release()
        var issues = collector.issues
        if hasFailed, issues.isEmpty {
            // libxml2 said "invalid" (or failed internally) without reporting why.
            issues = [XMLIssue(file: fileName, position: XMLPosition(line: 0, column: 0), message: "document is not valid against \(schemaName)")]
        }
        finishedIssues = issues
        return issues
    }

    /// Frees everything libxml2 holds for this validation and releases the schema's lock.
    private func release() {
        endValidation()
        if let attributeKeeper {
            xmlFreeNode(attributeKeeper)
        }
        // Innermost first: a document left unfinished still has them linked to each other.
        for node in pooledNodes.reversed() {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
        pooledNodes = []
        xmlFreePropList(spareAttributes)
        spareAttributes = nil
        for namespace in namespaces.values {
            xmlFreeNs(namespace)
        }
        namespaces = [:]
        if let scratchDocument {
            xmlFreeDoc(scratchDocument)
        }
    }

    // MARK: - Scratch nodes

    /// A libxml2 element for `name` with its attributes, a child of `parent` (else the
    /// scratch document's root, where libxml2 looks for the parent of a whole-validated root):
    /// the pooled node of `depth` when given, else a new one, freed with its subtree's root.
    private func scratchNode(
        _ name: String, namespace: String, attributes: [XMLMarkupAttribute], parent: xmlNodePtr?, pooledAt depth: Int?
    ) -> xmlNodePtr? {
        guard let scratchDocument, let interned = internedElementName(name, in: scratchDocument) else {
            hasFailed = true
            return nil
        }
        // Tested in place, not through `Optional.map`: its closure cost more than the lookup.
        var reused: xmlNodePtr?
        if let depth, depth < pooledNodes.count {
            reused = pooledNodes[depth]
        }
        guard let node = reused ?? newScratchNode(interned, pooledAt: depth) else {
            // Out of memory: the element goes unvalidated, so the document may not pass.
            hasFailed = true
            return nil
        }
        // The dictionary owns every name: libxml2 frees none of them, so one replaces another.
        node.pointee.name = interned
        if let parent {
            Self.appendChild(node, to: parent)
        } else {
            xmlDocSetRootElement(scratchDocument, node)
        }
        node.pointee.ns = namespace.isEmpty ? nil : self.namespace(namespace)
        // The node has no attributes yet (new, or recycled): each is added after the last.
        // By index: `enumerated()` copied each attribute whole (its three strings) first.
        var last: xmlAttrPtr?
        for position in attributes.indices {
            if attributes[position].namespace?.isEmpty ?? true,
                let spare = rewrittenSpareAttribute(attributes[position].localName, attributes[position].value, at: position)
            {
                spare.pointee.parent = node
                spare.pointee.prev = last
                if let last {
                    last.pointee.next = spare
                } else {
                    node.pointee.properties = spare
                }
                last = spare
                continue
            }
            // Appends it after `last`, and registers an `xml:id` as an ID (xmlIsID).
            last = newAttribute(attributes[position], of: node)
            if last == nil {
                hasFailed = true
            }
        }
        return node
    }

    /// `name` interned in the dictionary of `scratchDocument`: one of the last two names
    /// looked up, nearly always, compared without a call.
    @inline(__always)
    private func internedElementName(_ name: String, in scratchDocument: xmlDocPtr) -> UnsafePointer<xmlChar>? {
        if let interned = elementNames.recentFacts(for: name) {
            return interned
        }
        return Self.interned(name, in: &elementNames, of: scratchDocument)
    }

    /// A scratch node for the name `interned`: the pooled node of `depth`, made now (with
    /// those of the depths above it), or, without a depth, a node of its own.
    private func newScratchNode(_ interned: UnsafePointer<xmlChar>, pooledAt depth: Int?) -> xmlNodePtr? {
        guard let depth else {
            return xmlNewDocNodeEatName(scratchDocument, nil, UnsafeMutablePointer(mutating: interned), nil)
        }
        while pooledNodes.count <= depth {
            guard let node = xmlNewDocNode(scratchDocument, nil, "pooled", nil) else { return nil }
            pooledNodes.append(node)
        }
        return pooledNodes[depth]
    }

    /// A new libxml2 attribute for `attribute`, appended to `node`'s.
    private func newAttribute(_ attribute: XMLMarkupAttribute, of node: xmlNodePtr) -> xmlAttrPtr? {
        let attributeNamespace = attribute.namespace.flatMap { $0.isEmpty ? nil : self.namespace($0) }
        return LibXML.withXMLString(attribute.value) { value in
            LibXML.withXMLString(attribute.localName) { name in
                xmlNewNsProp(node, attributeNamespace, name, value)
            }
        }
    }

    /// A spare attribute renamed `localName` (no namespace) with the value `value`, unlinked,
    /// for the attribute at `position` among its element's.
    /// Only an attribute without a namespace is rewritten: in a document without a DTD such
    /// an attribute is never an ID when added, so nothing needs registering (`xml:id` does).
    /// Inlined into `scratchNode`, as it was before it read each attribute in place.
    @inline(__always)
    private func rewrittenSpareAttribute(_ localName: String, _ value: String, at position: Int) -> xmlAttrPtr? {
        guard let spare = spareAttributes, let scratchDocument else { return nil }
        while attributeNames.count <= position {
            attributeNames.append(LibXMLNameTable())
        }
        spareAttributes = spare.pointee.next
        spare.pointee.next = nil
        // xmlNewNsProp gives every value one text child, "" included.
        guard let text = spare.pointee.children, text.pointee.next == nil,
            let name = attributeNames[position].recentFacts(for: localName)
                ?? Self.interned(localName, in: &attributeNames[position], of: scratchDocument)
        else {
            xmlFreeProp(spare)
            return nil
        }
        spare.pointee.name = name
        spare.pointee.ns = nil
        Self.setValue(value, of: text)
        return spare
    }

    /// Makes `value` the content of an attribute's text node. A value that fits the node's
    /// buffer is copied into it: most values are a few bytes ("c3", "right") and the buffer
    /// outlives them, where xmlNodeSetContent frees it and allocates a copy each time.
    /// The buffer's capacity (its length when libxml2 allocated it; 0, `nil`, when unknown)
    /// is kept in the node's `_private`, which libxml2 leaves to its users.
    private static func setValue(_ value: String, of text: xmlNodePtr) {
        let capacity = Int(bitPattern: text.pointee._private)
        let copiedInPlace = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count <= capacity, let content = text.pointee.content, let source = bytes.baseAddress else {
                return false
            }
            content.update(from: source, count: bytes.count)
            content[bytes.count] = 0
            return true
        }
        guard copiedInPlace != true else { return }
        // xmlNodeSetContent allocates the value's length up to its first NUL (and a NUL): the
        // capacity is that length as libxml2 counts it, not the Swift string's (the writer
        // refuses a NUL before the validator sees it, but this buffer must not rely on that).
        LibXML.withXMLString(value) { xmlNodeSetContent(text, $0) }
        let allocated = text.pointee.content.map { Int(xmlStrlen($0)) } ?? 0
        text.pointee._private = UnsafeMutableRawPointer(bitPattern: allocated)
    }

    /// `name` interned in the scratch document's dictionary, remembered in `table`: for a
    /// name `table.recentFacts(for:)` has just not found, so not compared with them again.
    private static func interned(
        _ name: String, in table: inout LibXMLNameTable<UnsafePointer<xmlChar>>, of document: xmlDocPtr
    ) -> UnsafePointer<xmlChar>? {
        guard let dictionary = document.pointee.dict else { return nil }
        return try? table.factsNotRecent(for: name) { name throws(XMLSerializationError) in
            guard let interned = xmlDictLookup(dictionary, name, -1) else { throw .libraryFailure("xmlDictLookup") }
            return interned
        }
    }

    /// The namespace `uri` for scratch nodes. The XML namespace is the document's predefined
    /// one, with its `xml` prefix: libxml2 recognises `xml:id` as an ID by that prefix.
    /// Inlined: the last namespace again, nearly always, compared without a call.
    @inline(__always)
    private func namespace(_ uri: String) -> xmlNsPtr? {
        if let lastNamespace, lastNamespaceURI == uri {
            return lastNamespace
        }
        return namespaceNotLast(uri)
    }

    /// `namespace(_:)` for a namespace other than the last one.
    private func namespaceNotLast(_ uri: String) -> xmlNsPtr? {
        if let known = namespaces[uri] {
            lastNamespaceURI = uri
            lastNamespace = known
            return known
        }
        if uri == XMLNamespaceURI.xml {
            return xmlSearchNs(scratchDocument, attributeKeeper, "xml")
        }
        guard let created = xmlNewNs(nil, uri, nil) else {
            hasFailed = true
            return nil
        }
        namespaces[uri] = created
        return created
    }

    /// Adds `text` to a node of a subtree being collected (libxml2 merges adjacent text).
    private func appendText(_ text: String, to node: xmlNodePtr?) {
        guard let node, !text.isEmpty else { return }
        let textNode = LibXML.withXMLString(text) { xmlNewDocTextLen(scratchDocument, $0, Int32(text.utf8.count)) }
        guard let textNode else {
            hasFailed = true
            return
        }
        xmlAddChild(node, textNode)
    }

    /// Unlinks the pooled `node`, keeps its attributes for later elements and frees its
    /// subtree, after moving their ID and IDREF attributes to the keeper: libxml2 holds those
    /// by pointer, so they are never reused or freed before the document's end. Inlined: in
    /// `endElement`, once per element, the call cost a fifth of the work; the copies in the
    /// rare paths (an element refused at its start, a subtree validated whole) are the price
    /// of writing it once.
    @inline(__always)
    private func recycle(_ node: xmlNodePtr) {
        Self.unlink(node)
        // Its own attributes in one pass, each to the keeper or to the spares.
        while let property = node.pointee.properties {
            node.pointee.properties = property.pointee.next
            if Self.isReferenced(property) {
                keep(property)
            } else {
                property.pointee.parent = nil
                property.pointee.prev = nil
                property.pointee.next = spareAttributes
                spareAttributes = property
            }
        }
        // Only a collected subtree has children (a streamed element's are recycled at their end).
        guard node.pointee.children != nil else { return }
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if current.pointee.type == XML_ELEMENT_NODE {
                keepReferencedAttributes(of: current)
            }
        }
        xmlFreeNodeList(node.pointee.children)
        node.pointee.children = nil
        node.pointee.last = nil
    }

    /// Appends the unlinked element `node` of the scratch document to the children of its
    /// element `parent`: what xmlAddChild does for it, without that call's tests for text,
    /// attributes and nodes of other documents (a call per element cost twice this).
    /// `node` must have no parent and no siblings (asserted): unlike xmlAddChild, this does not
    /// unlink it first, and leaves `next` and `prev` as they are when `parent` has no children.
    private static func appendChild(_ node: xmlNodePtr, to parent: xmlNodePtr) {
        assert(node.pointee.parent == nil && node.pointee.prev == nil && node.pointee.next == nil)
        node.pointee.parent = parent
        if let last = parent.pointee.last {
            last.pointee.next = node
            node.pointee.prev = last
        } else {
            parent.pointee.children = node
        }
        parent.pointee.last = node
    }

    /// Unlinks the element `node` from its parent and siblings, as xmlUnlinkNode does; by
    /// hand when its parent is an element, as nearly always (the root's is the document).
    @inline(__always)
    private static func unlink(_ node: xmlNodePtr) {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
            xmlUnlinkNode(node)
            return
        }
        if parent.pointee.children == node {
            parent.pointee.children = node.pointee.next
        }
        if parent.pointee.last == node {
            parent.pointee.last = node.pointee.prev
        }
        node.pointee.parent = nil
        node.pointee.next?.pointee.prev = node.pointee.prev
        node.pointee.prev?.pointee.next = node.pointee.next
        node.pointee.next = nil
        node.pointee.prev = nil
    }

    /// Whether libxml2 registered `property` as an ID or a reference, holding it by pointer.
    private static func isReferenced(_ property: xmlAttrPtr) -> Bool {
        switch property.pointee.atype {
        case XML_ATTRIBUTE_ID, XML_ATTRIBUTE_IDREF, XML_ATTRIBUTE_IDREFS:
            true
        default:
            false
        }
    }

    /// Moves the unlinked `property` to the keeper, first among its attributes.
    private func keep(_ property: xmlAttrPtr) {
        property.pointee.prev = nil
        property.pointee.next = attributeKeeper?.pointee.properties
        property.pointee.next?.pointee.prev = property
        property.pointee.parent = attributeKeeper
        attributeKeeper?.pointee.properties = property
    }

    /// Moves the ID and IDREF attributes of `node`, an element of a collected subtree, and of
    /// the elements below it to the keeper.
    private func keepReferencedAttributes(of node: xmlNodePtr) {
        var previous: xmlAttrPtr?
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            guard Self.isReferenced(current) else {
                previous = current
                continue
            }
            if let previous {
                previous.pointee.next = current.pointee.next
            } else {
                node.pointee.properties = current.pointee.next
            }
            current.pointee.next?.pointee.prev = previous
            keep(current)
        }
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if current.pointee.type == XML_ELEMENT_NODE {
                keepReferencedAttributes(of: current)
            }
        }
    }

    // MARK: - Text

    /// Pushes the text written since the last child began or ended, as one text node would
    /// hold it. Only whether there is any matters: libxml2's progressive validation checks
    /// that text may stand here, not what it says (data-typed content is never streamed).
    /// Called only when `hasPendingText`, which its callers test first: more than half of the
    /// starts and ends have none, and the call alone cost more than the test.
    private func pushPendingText() {
        guard let context, let current = openElements.last else { return }
        hasPendingText = false
        textElement = current.node
        defer { textElement = nil }
        // xmlRelaxNGValidatePushCData ignores its length and reads up to a NUL; any non-blank
        // text gives the same result.
        if xmlRelaxNGValidatePushCData(context, "x", 1) < 0 {
            hasFailed = true
            refuseContentOfCurrentElement()
        }
    }

    /// Whether `text` holds a character other than XML white space (what libxml2 skips).
    /// Inlined into `text(_:)`: called for every text, the call cost a third of the test.
    @inline(__always)
    private static func isNotBlank(_ text: String) -> Bool {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains { !isBlank($0) } }
            ?? text.utf8.contains { !isBlank($0) }
    }

    private func refuseContentOfCurrentElement() {
        if openElements.isEmpty {
            isDocumentRefused = true
        } else {
            openElements[openElements.count - 1].isContentRefused = true
        }
    }

    // MARK: - Errors

    private func record(_ error: UnsafeMutablePointer<xmlError>) {
        let code = error.pointee.code
        if code == Int32(XML_RELAXNG_ERR_ELEMWRONG.rawValue) {
            wasElementRefused = true
        }
        if code == Int32(XML_RELAXNG_ERR_TEXTWRONG.rawValue), let textElement {
            // The streaming call names no element (its message says " TODO "): give the
            // message the tree validation gives.
            collector.add(XMLIssue(
                file: fileName, position: XMLPosition(line: 0, column: 0),
                message: "Did not expect text in element \(LibXML.string(textElement.pointee.name) ?? "") content"))
            return
        }
        LibXMLErrorCollector.directCallback(collector.opaque, error)
    }

    private static let errorCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<RelaxNGStreamValidator>.fromOpaque(userData).takeUnretainedValue().record(error)
    }

}
