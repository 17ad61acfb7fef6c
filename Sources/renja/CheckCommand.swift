import Foundation
import RenjaArchive
import RenjaPipeline

/// `renja check PROJECT`: everything `renja build` does but write: load, validate, compute,
/// fill and render, the DocBook validated, a Renja Perubahan's comparison looked up in the
/// archive (which is only read). Prints every diagnostic and, when the project passes, a
/// summary of what was read. A check that passes is a build that passes.
struct CheckCommand {
    static let strictFlag = CommandLineOption.flag("strict", help: "Treat warnings (such as stated figures that differ from computed ones) as errors.")

    static let spec = CommandSpec(
        name: "check",
        abstract: "Build a project without writing anything; print every problem with its position.",
        arguments: [.project],
        options: [strictFlag] + ArchiveBuildOptions.options + ResourceOptions.options
    )

    var project: String
    var strict: Bool
    var archiveOptions: ArchiveBuildOptions
    var resources: ResourceOptions

    init(_ commandLine: ParsedCommandLine) {
        project = commandLine.requiredValue(of: .project)
        strict = commandLine.isSet(Self.strictFlag)
        archiveOptions = ArchiveBuildOptions(commandLine)
        resources = ResourceOptions(commandLine)
    }

    func run() throws {
        let pipeline = try resources.preparePipeline()
        // The build `renja build` makes (a check that only filled the templates passed projects
        // whose DocBook then failed, and a Renja Perubahan with nothing to compare with).
        let built: ComparingBuild.Built
        do {
            built = try ComparingBuild(pipeline: pipeline, archive: archiveOptions.archiveOptions.archive).build(
                projectAt: URL(fileURLWithPath: project), label: archiveOptions.label, compareWith: archiveOptions.compareWith)
        } catch {
            DiagnosticPrinter().print(error.allDiagnostics)
            throw ExitCode.failure
        }
        DiagnosticPrinter().print(built.result.diagnostics)
        if built.result.fails(strict: strict) {
            throw ExitCode.failure
        }
        // Only a project that passes gets the line saying what was read: after errors it read
        // as if the check had gone well.
        print(CheckSummary(plan: built.computed.plan))
    }
}
