/// The arguments and options one command line gave a command, looked up by their specs;
/// `CommandLineParser` has already checked them against the command.
///
/// Held in arrays, not dictionaries: in a fresh process the first `Dictionary<String, String>`
/// costs 0.35 M instructions (its metadata, and a look-up of String's `Hashable` conformance
/// through the whole conformance table), for a handful of entries searched once each.
struct ParsedCommandLine {
    /// One option or argument and the value it was given.
    struct Entry {
        let name: String
        /// The option's or argument's value; empty for a flag.
        let value: String
    }

    /// The options given, in order (when one is given twice, the last wins).
    var options: [Entry] = []
    /// The positionals, each under the name of the argument it was assigned to, in order.
    var positionals: [Entry] = []

    /// The value given to `option`, or nil (its default, if any, is the caller's).
    func value(of option: CommandLineOption) -> String? {
        options.last { $0.name == option.name }?.value
    }

    /// The value given to `option` as a whole number, or nil, or a usage error naming the value.
    func number<Number: FixedWidthInteger>(of option: CommandLineOption, as type: Number.Type) throws(UsageError) -> Number? {
        guard let text = value(of: option) else { return nil }
        guard let number = Number(text) else { throw .invalidValue(text, for: option) }
        return number
    }

    func isSet(_ flag: CommandLineOption) -> Bool {
        options.contains { $0.name == flag.name }
    }

    /// The value of an optional argument, or nil.
    func value(of argument: CommandLineArgument) -> String? {
        positionals.first { $0.name == argument.name }.map { argument.reading($0.value) }
    }

    /// The value of a required argument.
    func requiredValue(of argument: CommandLineArgument) -> String {
        // The parser refuses a command line that lacks it: the empty string is never seen.
        value(of: argument) ?? ""
    }

    /// Every value of a repeated argument, in order.
    func values(of argument: CommandLineArgument) -> [String] {
        positionals.filter { $0.name == argument.name }.map { argument.reading($0.value) }
    }
}
