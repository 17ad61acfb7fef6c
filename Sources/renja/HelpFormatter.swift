/// The texts `renja` prints about its command line: the help of the root command and of
/// each subcommand (standard output), and usage errors (standard error). Laid out as
/// swift-argument-parser laid them out before.
struct HelpFormatter {
    /// The longest line: 79 characters, so that a line never touches an 80-column terminal's
    /// last column (where some terminals wrap early), as swift-argument-parser's help did.
    private let width = 79
    /// Where descriptions start in the ARGUMENTS, OPTIONS and SUBCOMMANDS lists.
    private let descriptionColumn = 26
    private let helpEntry = ("-h, --help", "Show help information.")
    private let versionEntry = ("--version", "Show the version of renja (the one archive manifests record).")

    /// The root command's help: what renja is, and its visible subcommands.
    func rootHelp(abstract: String, subcommands: [CommandSpec]) -> String {
        let visible = subcommands.filter { !$0.isHidden }
        return [
            wrapped("OVERVIEW: \(abstract)"),
            "USAGE: \(RenjaCommand.name) <subcommand>",
            "OPTIONS:\n" + [versionEntry, helpEntry].map(entry).joined(separator: "\n"),
            "SUBCOMMANDS:\n" + visible.map { entry(($0.name, $0.abstract)) }.joined(separator: "\n"),
            "  See '\(RenjaCommand.name) help <subcommand>' for detailed help.",
        ].joined(separator: "\n\n") + "\n"
    }

    /// A subcommand's help: abstract, usage line, each argument and each option.
    func help(for command: CommandSpec) -> String {
        var sections = [wrapped("OVERVIEW: \(command.abstract)"), "USAGE: \(command.usage)"]
        if !command.arguments.isEmpty {
            sections.append("ARGUMENTS:\n" + command.arguments.map { entry(($0.placeholder, $0.help)) }.joined(separator: "\n"))
        }
        let options = command.options.map { option in
            (option.synopsis, option.defaultValue.map { "\(option.help) (default: \($0))" } ?? option.help)
        }
        sections.append("OPTIONS:\n" + (options + [helpEntry]).map(entry).joined(separator: "\n"))
        return sections.joined(separator: "\n\n") + "\n\n"
    }

    /// A usage error: the message, the help of what it concerns, the usage line, and where
    /// to read more. `command` nil is the root command.
    func usageError(_ error: UsageError, command: CommandSpec?) -> String {
        let path = command?.commandPath ?? RenjaCommand.name
        let usage = command?.usage ?? "\(RenjaCommand.name) <subcommand>"
        return "Error: \(error.message)\n"
            + (error.help.map { "Help:  \($0)\n" } ?? "")
            + "Usage: \(usage)\n"
            + "  See '\(path) --help' for more information.\n"
    }

    /// `  label   description`, the description wrapped in its column, and on the next line
    /// when the label leaves it no room.
    private func entry(_ item: (label: String, description: String)) -> String {
        let indent = String(repeating: " ", count: descriptionColumn)
        let label = "  \(item.label)"
        let lines = wrappedLines(item.description, width: width - descriptionColumn)
        guard label.count < descriptionColumn else {
            return ([label] + lines.map { indent + $0 }).joined(separator: "\n")
        }
        let first = label + String(repeating: " ", count: descriptionColumn - label.count) + (lines.first ?? "")
        return ([first] + lines.dropFirst().map { indent + $0 }).joined(separator: "\n")
    }

    private func wrapped(_ text: String) -> String {
        wrappedLines(text, width: width).joined(separator: "\n")
    }

    /// `text` broken between words into lines of at most `width` characters (a longer word
    /// gets a line of its own).
    private func wrappedLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " \(word)"
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        return line.isEmpty ? lines : lines + [line]
    }
}
