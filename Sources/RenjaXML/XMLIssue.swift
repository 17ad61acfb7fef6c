/// One problem libxml2 or the reader's policy found in an XML text: a well-formedness error, a
/// forbidden DOCTYPE or entity, or a RELAX NG validity error.
public struct XMLIssue: Hashable, Sendable, CustomStringConvertible {
    /// The file name the text was read under, as given by the caller.
    public var file: String
    /// Column 0 means libxml2 gave none (RELAX NG validity errors).
    public var position: XMLPosition
    /// libxml2's message without its trailing newline, or the policy's message.
    public var message: String

    public init(file: String, position: XMLPosition, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String {
        "\(file):\(position.line):\(position.column): \(message)"
    }
}
