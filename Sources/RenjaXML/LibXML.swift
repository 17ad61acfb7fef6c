import CLibXML2

/// Process-wide libxml2 setup and small conversions shared by the serializer, the parser and
/// the RELAX NG validator. Internal: no C type leaves this module.
enum LibXML {
    /// libxml2 must be initialised once before it is used from several threads; a `static let`
    /// runs its initialiser exactly once, thread-safely.
    private static let initialized: Void = xmlInitParser()

    static func initialize() {
        initialized
    }

    /// A Swift string from a NUL-terminated libxml2 string; `nil` stays `nil`.
    static func string(_ characters: UnsafePointer<xmlChar>?) -> String? {
        characters.map { String(cString: $0) }
    }
}
