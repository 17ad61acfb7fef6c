import Foundation
import RenjaModel

/// What a build gives: the outputs when every stage succeeded, the diagnostics of all stages,
/// and the input files read (for the archive).
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// `nil` when any stage failed: bad input writes nothing.
    public var outputs: [BuildOutput]?
    public var inputFiles: [URL]

    public init(diagnostics: [Diagnostic], outputs: [BuildOutput]?, inputFiles: [URL]) {
        self.diagnostics = diagnostics
        self.outputs = outputs
        self.inputFiles = inputFiles
    }

    /// Whether the build must not be emitted: errors, or warnings under `--strict`.
    public func fails(strict: Bool) -> Bool {
        outputs == nil || diagnostics.hasErrors || (strict && !diagnostics.isEmpty)
    }
}
