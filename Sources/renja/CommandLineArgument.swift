/// One positional argument of a command: required, optional, or any number of them (only
/// the last argument of a command may be repeated).
struct CommandLineArgument {
    enum Arity {
        case required, optional, repeated
    }

    /// `<project>` of check, history and diff: one project folder.
    static let project = CommandLineArgument("project", help: "The project folder (holding renja.yaml).")

    /// The placeholder shown in usage and help (`<project>`), without its brackets.
    let name: String
    let arity: Arity
    let help: String

    init(_ name: String, _ arity: Arity = .required, help: String) {
        self.name = name
        self.arity = arity
        self.help = help
    }

    /// `<project>`, as the help lists it.
    var placeholder: String { "<\(name)>" }

    /// `<project>`, `[<project>]` or `[<versions> ...]`, as the usage line shows it.
    var synopsis: String {
        switch arity {
        case .required: placeholder
        case .optional: "[\(placeholder)]"
        case .repeated: "[\(placeholder) ...]"
        }
    }
}
