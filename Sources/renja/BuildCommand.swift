import ArgumentParser
import Foundation
import RenjaPipeline

/// `renja build PROJECT --out DIR`: write `DIR/renja.html` and `DIR/renja.xml`; without
/// `--out`, add them as the next version of the archive.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the HTML and DocBook 5 documents of a project."
    )

    @Argument(help: "The project folder (holding renja.yaml), or a folder of projects.")
    var project: String

    @Argument(help: "More projects: all are built in one process, each into <out>/<project folder name>/.")
    var moreProjects: [String] = []

    @Option(name: .long, help: "The folder to write renja.html and renja.xml into (default: archive them as a new version).")
    var out: String?

    @Flag(help: "Treat warnings as errors: write nothing when there are any.")
    var strict = false

    @OptionGroup var resources: ResourceOptions

    @OptionGroup var archiving: ArchiveBuildOptions

    func validate() throws {
        if out != nil, archiving.namesArchiveOnlyOptions {
            throw ValidationError("--label and --compare-with archive a version; they cannot be used with --out")
        }
        if out == nil, BatchBuildRunner.isBatch([project] + moreProjects) {
            throw ValidationError("several projects are built with --out DIR; archiving takes one project at a time")
        }
    }

    func run() throws {
        if let out, BatchBuildRunner.isBatch([project] + moreProjects) {
            return try BatchBuildRunner(paths: [project] + moreProjects, out: out, strict: strict, resources: resources).run()
        }
        let pipeline = try resources.preparePipeline()
        guard let out else {
            return try archiving.run(project: project, pipeline: pipeline, strict: strict)
        }
        let result = pipeline.build(projectAt: URL(fileURLWithPath: project))
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
