import Foundation
import RenjaArchive
import RenjaPipeline

/// `renja build PROJECT --out DIR`: write `DIR/renja.html` and `DIR/renja.xml`; without
/// `--out`, add them as the next version of the archive.
struct BuildCommand {
    static let projectArgument = CommandLineArgument("project", namesProjects: true, help: "The project folder (holding renja.yaml) or its renja.yaml, or a folder of projects.")
    static let moreProjectsArgument = CommandLineArgument("more-projects", .repeated, namesProjects: true, help: "More projects: all are built in one process, each into <out>/<project folder name>/.")
    static let outOption = CommandLineOption.option("out", help: "The folder to write renja.html and renja.xml into (default: archive them as a new version).")
    static let strictFlag = CommandLineOption.flag("strict", help: "Treat warnings as errors: write nothing when there are any.")

    static let spec = CommandSpec(
        name: "build",
        abstract: "Build the HTML and DocBook 5 documents of a project.",
        arguments: [projectArgument, moreProjectsArgument],
        options: [outOption, strictFlag] + ResourceOptions.options + ArchiveBuildOptions.options
    )

    var project: String
    var moreProjects: [String]
    var out: String?
    var strict: Bool
    var resources: ResourceOptions
    var archiving: ArchiveBuildOptions

    /// The command as `commandLine` gives it, or why it cannot run.
    init(_ commandLine: ParsedCommandLine) throws(UsageError) {
        project = commandLine.requiredValue(of: Self.projectArgument)
        moreProjects = commandLine.values(of: Self.moreProjectsArgument)
        out = commandLine.value(of: Self.outOption)
        strict = commandLine.isSet(Self.strictFlag)
        resources = ResourceOptions(commandLine)
        archiving = ArchiveBuildOptions(commandLine)
        if out != nil, archiving.namesArchiveOnlyOptions {
            throw UsageError("--label names an archived version; it cannot be used with --out")
        }
        // Asked only when it matters: telling a batch from a project reads the folders.
        if out == nil || archiving.compareWith != nil, BatchBuildRunner.isBatch([project] + moreProjects) {
            throw UsageError(out == nil
                ? "several projects are built with --out DIR; archiving takes one project at a time"
                : "--compare-with names a version of one project; it cannot be used with several")
        }
    }

    func run() throws {
        if let out, BatchBuildRunner.isBatch([project] + moreProjects) {
            return try BatchBuildRunner(paths: [project] + moreProjects, out: out, strict: strict, resources: resources,
                                        archive: archiving.archiveOptions.archive).run()
        }
        let pipeline = try resources.preparePipeline()
        guard let out else {
            return try archiving.run(project: project, pipeline: pipeline, strict: strict)
        }
        // Built as the archive would build it (a Renja Perubahan compared with the version it
        // revises), without archiving it.
        let result = ComparingBuild(pipeline: pipeline, archive: archiving.archiveOptions.archive)
            .result(projectAt: URL(fileURLWithPath: project), compareWith: archiving.compareWith)
        DiagnosticPrinter().print(result.diagnostics)
        guard let outputs = result.outputs, !result.fails(strict: strict) else {
            throw ExitCode.failure
        }
        let directory = URL(fileURLWithPath: out)
        do {
            try pipeline.emit(outputs, into: directory)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        for output in outputs {
            print(directory.appendingPathComponent(output.name).path)
        }
    }
}
