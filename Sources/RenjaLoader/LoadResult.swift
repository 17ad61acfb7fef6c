import Foundation
import RenjaModel

/// What loading a project gives: the plan when the input has no errors, every problem found,
/// and every file read (for the archive's hashes).
public struct LoadResult: Sendable {
    /// `nil` when any diagnostic is an error: later stages never see a half-read plan.
    public var plan: Plan?
    /// All problems of the project, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Every file read, in the order read: the spec first, then the CSVs it names.
    public var inputFiles: [URL]

    public init(plan: Plan?, diagnostics: [Diagnostic], inputFiles: [URL]) {
        self.plan = plan
        self.diagnostics = diagnostics
        self.inputFiles = inputFiles
    }
}
