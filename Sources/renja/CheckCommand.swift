import ArgumentParser
import Foundation
import RenjaPipeline

/// `renja check PROJECT`: load, validate and compute, print every diagnostic and a summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and validate a project; print every problem with its position."
    )

    @Argument(help: "The project folder (holding renja.yaml).")
    var project: String

    @Flag(help: "Treat warnings (such as stated figures that differ from computed ones) as errors.")
    var strict = false

    @OptionGroup var resources: ResourceOptions

    func run() throws {
        let pipeline = try resources.preparePipeline()
        let result = pipeline.check(projectAt: URL(fileURLWithPath: project))
        DiagnosticPrinter().print(result.diagnostics)
        if let summary = result.summary {
            print(summary)
        }
        if result.fails(strict: strict) {
            throw ExitCode.failure
        }
    }
}
