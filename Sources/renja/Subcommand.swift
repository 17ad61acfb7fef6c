/// One entry of `renja`'s command table: what the subcommand accepts, and how it runs a
/// parsed command line (validating it first: a `UsageError` exits 64).
struct Subcommand {
    let spec: CommandSpec
    let run: @Sendable (ParsedCommandLine) throws -> Void
}
