import RenjaModel

/// How one project of a batch ended, reported as soon as it is written.
public struct BatchProjectResult: Sendable {
    public enum Status: String, Sendable {
        /// The outputs were written.
        case built
        /// The outputs equal the files already there, which were left untouched.
        case unchanged
        /// A stage failed (or warnings under `--strict`), or the outputs could not be written.
        case failed
    }

    public var job: BatchJob
    public var status: Status
    /// Every diagnostic of the project's stages, and the write error as one more.
    public var diagnostics: [Diagnostic]
}
