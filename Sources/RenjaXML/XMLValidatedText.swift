import Foundation

/// A serialized document and what a RELAX NG schema found wrong with it.
public struct XMLValidatedText: Sendable, Equatable {
    /// The document's UTF-8 bytes, as `XMLSerializer.data` writes them.
    public var data: Data
    /// Every validity error, positioned in `data`; empty when the document is valid.
    public var issues: [XMLIssue]

    public init(data: Data, issues: [XMLIssue]) {
        self.data = data
        self.issues = issues
    }

    /// `data` as a string.
    public var text: String {
        String(decoding: data, as: UTF8.self)
    }
}
