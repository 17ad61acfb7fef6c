/// One positional argument of a command: required, optional, or any number of them (only
/// the last argument of a command may be repeated).
struct CommandLineArgument {
    enum Arity {
        case required, optional, repeated
    }

    /// `<project>` of check, history and diff: one project folder.
    static let project = CommandLineArgument("project", namesProjects: true, help: "The project folder (holding renja.yaml), or its renja.yaml.")

    /// The placeholder shown in usage and help (`<project>`), without its brackets.
    let name: String
    let arity: Arity
    /// Whether the values are project folders, which may be given as their spec files
    /// (`ProjectFolder`).
    let namesProjects: Bool
    let help: String

    init(_ name: String, _ arity: Arity = .required, namesProjects: Bool = false, help: String) {
        self.name = name
        self.arity = arity
        self.namesProjects = namesProjects
        self.help = help
    }

    /// A value given to this argument as the command reads it: a project's folder for a path
    /// to its spec file, any other value as given.
    func reading(_ value: String) -> String {
        namesProjects ? ProjectFolder.path(named: value) : value
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
