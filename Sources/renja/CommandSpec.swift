/// What one subcommand accepts, as a table the parser and the help text read: its name,
/// a one-line abstract, its positional arguments in order, and its options.
struct CommandSpec {
    let name: String
    let abstract: String
    let arguments: [CommandLineArgument]
    let options: [CommandLineOption]
    /// Hidden commands run and have help, but the root help does not list them.
    var isHidden = false

    /// `renja build`, as usage lines and help references name the command.
    var commandPath: String { "\(RenjaCommand.name) \(name)" }

    /// `renja build <project> [<more-projects> ...] [--out <out>] [--strict] ...`
    var usage: String {
        ([commandPath] + arguments.map(\.synopsis) + options.map { "[\($0.synopsis)]" }).joined(separator: " ")
    }

    func option(named name: Substring) -> CommandLineOption? {
        options.first { $0.name == name }
    }
}
