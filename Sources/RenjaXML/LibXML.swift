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

    /// `body` given `string` as libxml2's NUL-terminated UTF-8. `withCString` lends a native
    /// string's own bytes, where passing the `String` for an `xmlChar *` parameter copies it
    /// into a new array first.
    static func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }

    /// Whether `name` is an XML name without a colon. libxml2's check stops at a NUL byte,
    /// which a Swift string may hold: "a\0b" would pass as "a" and be written whole.
    static func isNCName(_ name: String) -> Bool {
        !name.utf8.contains(0) && xmlValidateNCName(name, 0) == 0
    }
}
