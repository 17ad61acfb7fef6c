import Foundation
import RenjaPipeline

/// `renja check PROJECT`: load, validate and compute, print every diagnostic and, when the
/// project passes, a summary of what was read.
struct CheckCommand {
    static let strictFlag = CommandLineOption.flag("strict", help: "Treat warnings (such as stated figures that differ from computed ones) as errors.")

    static let spec = CommandSpec(
        name: "check",
        abstract: "Load and validate a project; print every problem with its position.",
        arguments: [.project],
        options: [strictFlag] + ResourceOptions.options
    )

    var project: String
    var strict: Bool
    var resources: ResourceOptions

    init(_ commandLine: ParsedCommandLine) {
        project = commandLine.requiredValue(of: .project)
        strict = commandLine.isSet(Self.strictFlag)
        resources = ResourceOptions(commandLine)
    }

    func run() throws {
        let pipeline = try resources.preparePipeline()
        let result = pipeline.check(projectAt: URL(fileURLWithPath: project))
        DiagnosticPrinter().print(result.diagnostics)
        if result.fails(strict: strict) {
            throw ExitCode.failure
        }
        // Only a project that passes gets the line saying what was read: after errors it read
        // as if the check had gone well.
        if let summary = result.summary {
            print(summary)
        }
    }
}
