import ArgumentParser

/// The `renja` command: builds Renja documents from plan specs and checks their input.
@main
struct RenjaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renja",
        abstract: "Build the Renja (Rencana Kerja Perangkat Daerah) document of a project.",
        subcommands: [
            CheckCommand.self, BuildCommand.self, HistoryCommand.self, VerifyCommand.self, DiffCommand.self,
            GenerateCommand.self,
        ]
    )
}
