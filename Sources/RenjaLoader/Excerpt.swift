/// Input text quoted in a diagnostic, cut short when long: a 100 000-character cell or value
/// must give a readable one-line message, not echo itself.
enum Excerpt {
    /// The longest text quoted whole, in characters.
    static let limit = 60

    /// `'text'`, or `'the first characters…' (123456 characters)`.
    static func quoted(_ text: String) -> String {
        guard text.count > limit else { return "'\(text)'" }
        return "'\(text.prefix(limit))…' (\(text.count) characters)"
    }
}
