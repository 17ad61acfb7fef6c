/// A serialized document and what a RELAX NG schema found wrong with it.
public struct XMLValidatedText: Sendable, Equatable {
    /// The document as `XMLSerializer.serialize` writes it.
    public var text: String
    /// Every validity error, positioned in `text`; empty when the document is valid.
    public var issues: [XMLIssue]

    public init(text: String, issues: [XMLIssue]) {
        self.text = text
        self.issues = issues
    }
}
