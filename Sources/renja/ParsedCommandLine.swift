/// The arguments and options one command line gave a command, looked up by their
/// descriptions; `CommandLineParser` has already checked them against the command.
struct ParsedCommandLine {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String: [String]] = [:]

    /// The value given to `option`, or nil (its default, if any, is the caller's).
    func value(of option: CommandLineOption) -> String? {
        values[option.name]
    }

    /// The value given to `option` as a whole number, or nil, or a usage error naming the value.
    func number<Number: FixedWidthInteger>(of option: CommandLineOption, as type: Number.Type) throws(UsageError) -> Number? {
        guard let text = value(of: option) else { return nil }
        guard let number = Number(text) else { throw .invalidValue(text, for: option) }
        return number
    }

    func isSet(_ flag: CommandLineOption) -> Bool {
        flags.contains(flag.name)
    }

    /// The value of an optional argument, or nil.
    func value(of argument: CommandLineArgument) -> String? {
        positionals[argument.name]?.first
    }

    /// The value of a required argument.
    func requiredValue(of argument: CommandLineArgument) -> String {
        // The parser refuses a command line that lacks it: the empty string is never seen.
        value(of: argument) ?? ""
    }

    /// Every value of a repeated argument, in order.
    func values(of argument: CommandLineArgument) -> [String] {
        positionals[argument.name] ?? []
    }
}
