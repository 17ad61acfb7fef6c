import RenjaModel

/// What `Pipeline.check` reports: every diagnostic a build would give, and a summary when the
/// project loaded. (`renja check` goes through `ComparingBuild`, which reads the archive too.)
public struct CheckResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var summary: CheckSummary?

    /// Whether the check failed: errors, or warnings under `--strict`.
    public func fails(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && !diagnostics.isEmpty)
    }
}
