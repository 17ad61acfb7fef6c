/// Why a text could not be read as an XML tree: every issue found, in the order reported.
public struct XMLParseFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// Never empty.
    public var issues: [XMLIssue]

    public init(issues: [XMLIssue]) {
        self.issues = issues
    }

    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
