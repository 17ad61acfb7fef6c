/// Reads a subcommand's arguments against its `CommandSpec`: options anywhere, as
/// `--name VALUE` or `--name=VALUE`, flags as `--name`, everything after `--` positional.
/// The rules are swift-argument-parser's, which renja used before: a value may not look like
/// an option (`--out --strict` lacks a value; `-` alone is a value).
struct CommandLineParser {
    let command: CommandSpec

    /// Whether the arguments ask for help (`-h` or `--help` before any `--`): help wins over
    /// every other problem of the line.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if isHelpFlag(argument) { return true }
        }
        return false
    }

    /// Whether `argument` is `-h` or `--help`, the flags that ask for help.
    static func isHelpFlag(_ argument: String) -> Bool {
        argument == "-h" || argument == "--help"
    }

    /// Whether `argument` is read as an option rather than as a value or positional.
    static func looksLikeOption(_ argument: String) -> Bool {
        argument.hasPrefix("-") && argument != "-"
    }

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommandLine {
        var parsed = ParsedCommandLine()
        var positionals: [String] = []
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--" {
                positionals += remaining
                break
            }
            guard Self.looksLikeOption(argument) else {
                positionals.append(argument)
                continue
            }
            try read(option: argument, from: &remaining, into: &parsed)
        }
        parsed.positionals = try assign(positionals)
        return parsed
    }

    private func read(option argument: String, from remaining: inout ArraySlice<String>, into parsed: inout ParsedCommandLine) throws(UsageError) {
        // Short options: `-h` only, handled before parsing.
        guard argument.hasPrefix("--") else { throw UsageError("Unknown option '\(argument)'") }
        let text = argument.dropFirst(2)
        let equals = text.firstIndex(of: "=")
        let name = text[..<(equals ?? text.endIndex)]
        let inlineValue = equals.map { String(text[text.index(after: $0)...]) }
        guard let option = command.option(named: name) else { throw UsageError("Unknown option '--\(name)'") }
        guard option.takesValue else {
            if let inlineValue {
                throw UsageError("The option '--\(name)' does not take any value, but '\(inlineValue)' was specified.")
            }
            parsed.options.append(.init(name: option.name, value: ""))
            return
        }
        if let inlineValue {
            parsed.options.append(.init(name: option.name, value: inlineValue))
        } else if let next = remaining.first, !Self.looksLikeOption(next) {
            parsed.options.append(.init(name: option.name, value: remaining.removeFirst()))
        } else {
            throw .missingValue(for: option)
        }
    }

    /// The positionals, in order, to the command's arguments.
    private func assign(_ positionals: [String]) throws(UsageError) -> [ParsedCommandLine.Entry] {
        var assigned: [ParsedCommandLine.Entry] = []
        var remaining = positionals[...]
        for argument in command.arguments {
            switch argument.arity {
            case .required:
                guard let value = remaining.popFirst() else {
                    throw UsageError("Missing expected argument '\(argument.placeholder)'", about: "\(argument.placeholder)  \(argument.help)")
                }
                assigned.append(.init(name: argument.name, value: value))
            case .optional:
                if let value = remaining.popFirst() {
                    assigned.append(.init(name: argument.name, value: value))
                }
            case .repeated:
                assigned += remaining.map { .init(name: argument.name, value: $0) }
                remaining = []
            }
        }
        switch remaining.count {
        case 0: return assigned
        case 1: throw UsageError("Unexpected argument '\(remaining[remaining.startIndex])'")
        default: throw UsageError("\(remaining.count) unexpected arguments: \(remaining.map { "'\($0)'" }.joined(separator: ", "))")
        }
    }
}
