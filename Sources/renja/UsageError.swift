/// A command line that does not fit its command: printed with the command's usage line,
/// and the process exits 64.
struct UsageError: Error {
    let message: String
    /// The synopsis and help of the argument or option concerned, when there is one.
    var help: String?

    init(_ message: String, about help: String? = nil) {
        self.message = message
        self.help = help
    }

    /// That `option` needs a value and has none.
    static func missingValue(for option: CommandLineOption) -> UsageError {
        UsageError("Missing value for '\(option.synopsis)'", about: "\(option.synopsis)  \(option.help)")
    }

    /// That `value` is not what `option` accepts.
    static func invalidValue(_ value: String, for option: CommandLineOption) -> UsageError {
        UsageError("The value '\(value)' is invalid for '\(option.synopsis)'", about: "\(option.synopsis)  \(option.help)")
    }
}
