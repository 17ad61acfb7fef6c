import Foundation
import RenjaArchive

/// The `renja` command: builds Renja documents from plan specs and checks their input.
///
/// The command line is read from a table (`Subcommand`, `CommandSpec`) rather than
/// by swift-argument-parser, whose reflection over every command's property wrappers cost
/// 16.5 M instructions of a 202 M seed build, in every process.
@main
enum RenjaCommand {
    static let name = "renja"
    static let abstract = "Build the Renja (Rencana Kerja Perangkat Daerah) document of a project."

    static let subcommands: [Subcommand] = [
        Subcommand(spec: CheckCommand.spec) { try CheckCommand($0).run() },
        Subcommand(spec: BuildCommand.spec) { try BuildCommand($0).run() },
        Subcommand(spec: HistoryCommand.spec) { try HistoryCommand($0).run() },
        Subcommand(spec: VerifyCommand.spec) { try VerifyCommand($0).run() },
        Subcommand(spec: DiffCommand.spec) { try DiffCommand($0).run() },
        Subcommand(spec: GenerateCommand.spec) { try GenerateCommand($0).run() },
    ]

    static func main() {
        exit(run(Array(CommandLine.arguments.dropFirst())).rawValue)
    }

    /// Runs the command line `arguments` (without the program name); prints help, usage
    /// errors and other errors; returns the exit status.
    static func run(_ arguments: [String]) -> ExitCode {
        let formatter = HelpFormatter()
        guard let first = arguments.first, first != "help", !CommandLineParser.isHelpFlag(first) else {
            // `renja help build` is `renja build --help`; `renja help` alone, the root's.
            let wanted = arguments.first == "help" ? arguments.dropFirst().first : nil
            if let wanted, wanted != "help", !CommandLineParser.isHelpFlag(wanted), subcommand(named: wanted) == nil {
                writeError(formatter.usageError(UsageError("Unknown subcommand '\(wanted)'"), command: nil))
                return .usage
            }
            print(wanted.flatMap(subcommand(named:)).map { formatter.help(for: $0.spec) }
                ?? formatter.rootHelp(abstract: abstract, subcommands: subcommands.map(\.spec)), terminator: "")
            return .success
        }
        if first == "--version" {
            guard arguments.count == 1 else {
                writeError(formatter.usageError(UsageError("Unexpected argument '\(arguments[1])'"), command: nil))
                return .usage
            }
            print("\(name) \(RenjaVersion.current)")
            return .success
        }
        guard let subcommand = subcommand(named: first) else {
            let problem = CommandLineParser.looksLikeOption(first) ? "Unknown option '\(first)'" : "Unexpected argument '\(first)'"
            writeError(formatter.usageError(UsageError(problem), command: nil))
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        if CommandLineParser.asksForHelp(rest) {
            print(formatter.help(for: subcommand.spec), terminator: "")
            return .success
        }
        do {
            try subcommand.run(try CommandLineParser(command: subcommand.spec).parse(rest))
            return .success
        } catch let error as UsageError {
            writeError(formatter.usageError(error, command: subcommand.spec))
            return .usage
        } catch let exitCode as ExitCode {
            return exitCode
        } catch {
            writeError("Error: \((error as? LocalizedError)?.errorDescription ?? String(describing: error))\n")
            return .failure
        }
    }

    private static func subcommand(named name: String) -> Subcommand? {
        subcommands.first { $0.spec.name == name }
    }

    private static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
