import CLibXML2

/// Owns one libxml2 document and frees it when the last reference goes away, so that no
/// `xmlDocPtr` is freed twice or leaked whatever path the code takes.
final class LibXMLDocument {
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The document's root element, if it has one.
    var rootElement: xmlNodePtr? {
        xmlDocGetRootElement(pointer)
    }
}
