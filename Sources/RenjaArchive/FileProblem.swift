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

    public init(kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    public var description: String { "\(kind.rawValue): \(path)" }
}
