import RenjaModel

/// What `renja check` reports: every diagnostic, and a summary when the project loaded.
public struct CheckResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var summary: CheckSummary?

    /// Whether the check failed: errors, or warnings under `--strict`.
    public func fails(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && !diagnostics.isEmpty)
    }
}
