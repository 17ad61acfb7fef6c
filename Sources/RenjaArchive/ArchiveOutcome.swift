import RenjaModel

/// What an archiving build did, with every diagnostic of the build.
public struct ArchiveOutcome: Sendable {
    /// Whether a version was added.
    public enum Kind: Equatable, Sendable {
        /// A new version folder, complete.
        case created(ArchivedVersion)
        /// The inputs, templates, renja version and label equal those of this latest version: nothing written.
        case unchanged(ArchivedVersion)
        /// The build had errors (see the diagnostics) or the archive could not be written
        /// (the error); no version was added.
        case failed(ArchiveError?)
    }

    public var kind: Kind
    public var diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }
}
