/// One `--name` of a command: a flag, or an option with a value (`--name VALUE` or
/// `--name=VALUE`).
struct CommandLineOption {
    /// The long name without its dashes.
    let name: String
    /// The placeholder shown for the value (`--out <out>`); nil for a flag.
    let valueName: String?
    let help: String
    /// The value used when the option is not given, shown in the help as `(default: ...)`.
    let defaultValue: String?

    /// An option that takes a value; its placeholder is its name unless `valueName` says otherwise.
    static func option(_ name: String, valueName: String? = nil, defaultValue: String? = nil, help: String) -> CommandLineOption {
        CommandLineOption(name: name, valueName: valueName ?? name, help: help, defaultValue: defaultValue)
    }

    /// A flag: present or not, no value.
    static func flag(_ name: String, help: String) -> CommandLineOption {
        CommandLineOption(name: name, valueName: nil, help: help, defaultValue: nil)
    }

    var takesValue: Bool { valueName != nil }

    /// `--out <out>` or `--strict`, as the usage line and the help show it.
    var synopsis: String {
        valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
    }
}
