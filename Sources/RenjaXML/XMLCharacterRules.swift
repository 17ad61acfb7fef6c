/// Which Unicode scalars XML 1.0 allows in character data and attribute values
/// (production `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]).
/// Surrogates cannot occur in a Swift `String`, so only the control characters and
/// U+FFFE / U+FFFF remain to be caught. Public so that loaders can reject such input with a
/// source position before it ever reaches the serializer.
public enum XMLCharacterRules {
    /// Whether XML 1.0 text or attribute values may contain `scalar`.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0...0x1F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// The first scalar of `text` that XML cannot represent, if any.
    public static func firstDisallowedScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { !isAllowed($0) }
    }
}
