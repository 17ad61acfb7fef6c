/// Why markup cannot be written as XML. The serializer refuses rather than repairs:
/// callers validate their input first, so one of these is a bug or unvalidated input.
public enum XMLSerializationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `text` (a text node or the value of attribute `attribute`) inside element `element`
    /// holds `scalar`, which XML 1.0 cannot represent (a control character, U+FFFE or U+FFFF).
    case disallowedCharacter(Unicode.Scalar, text: String, element: String, attribute: String?)
    /// An element or attribute name that is not an XML name.
    case invalidName(String)
    /// A namespace URI holding `<`, `&` or a control character: a declaration cannot hold it
    /// unescaped, and libxml2 writes namespace URIs as they are.
    case undeclarableNamespace(String)
    /// The same attribute name twice on one element.
    case duplicateAttribute(String, element: String)
    /// An attribute prefix other than `xml:` and `xlink:`, the only two the serializer declares.
    case unsupportedAttributePrefix(String, attribute: String)
    /// An HTML void element (`br`, `img`, `meta`...) given children, which HTML cannot write.
    case voidElementWithContent(String)
    /// Text inside an HTML `<script>` or `<style>` element containing `<`, `>` or `&`, which an
    /// HTML parser would not unescape: such a document cannot be polyglot.
    case rawTextNotPolyglot(element: String, text: String)
    /// Markup written out of order through `XMLMarkupWriter` (an attribute after content, an
    /// end without a start, a second root): a bug in the writer's caller.
    case misplacedMarkup(String)
    /// libxml2 failed to build or write the document (out of memory).
    case libraryFailure(String)

    public var description: String {
        switch self {
        case let .disallowedCharacter(scalar, text, element, attribute):
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let place = attribute.map { "attribute '\($0)' of <\(element)>" } ?? "text in <\(element)>"
            return "\(place) contains \(code), which XML cannot represent: \(text.debugDescription)"
        case let .invalidName(name):
            return "'\(name)' is not a valid XML name"
        case let .undeclarableNamespace(uri):
            return "namespace URI \(uri.debugDescription) contains '<', '&' or a control character, which a declaration cannot hold"
        case let .duplicateAttribute(name, element):
            return "attribute '\(name)' appears twice on <\(element)>"
        case let .voidElementWithContent(element):
            return "HTML void element <\(element)> cannot have content"
        case let .unsupportedAttributePrefix(prefix, attribute):
            return "attribute '\(attribute)' uses prefix '\(prefix)'; only 'xml' and 'xlink' are supported"
        case let .rawTextNotPolyglot(element, text):
            return "<\(element)> text contains '<', '>' or '&', which HTML would not unescape: \(text.debugDescription)"
        case let .misplacedMarkup(what):
            return "markup out of order: \(what)"
        case let .libraryFailure(what):
            return "libxml2 failed: \(what)"
        }
    }
}
