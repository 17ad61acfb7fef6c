/// A file of an archived version that is not as its manifest recorded it.
public struct FileProblem: Equatable, Sendable, CustomStringConvertible {
    /// What happened to the file since archiving.
    public enum Kind: String, Equatable, Sendable {
        case changed
        case removed
        case added
    }

    public var kind: Kind
    /// The file's path, from the version folder.
    public var path: String
    /// How a changed file is known to have changed, where its hash does not say it.
    public var reason: String?

    public init(kind: Kind, path: String, reason: String? = nil) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(kind.rawValue): \(path)" + (reason.map { " (\($0))" } ?? "") }
}
