import Foundation
import RenjaArchive
import RenjaPipeline

/// `renja build` with several projects or a folder of projects: builds them all in one
/// process with `BatchBuilder`, shows progress, prints one summary, and fails (exit 1) when
/// any project failed.
struct BatchBuildRunner {
    var paths: [String]
    var out: String
    var strict: Bool
    var resources: ResourceOptions
    /// The archive a Renja Perubahan's comparison is read from (never written).
    var archive: Archive

    /// Whether the arguments ask for a batch: more than one path, or one folder that is not a
    /// project itself.
    static func isBatch(_ paths: [String]) -> Bool {
        guard let first = paths.first, paths.count == 1 else { return paths.count > 1 }
        let isProject = FileManager.default.fileExists(atPath: URL(fileURLWithPath: first).appendingPathComponent(BatchJob.specFileName).path)
        return !isProject && hasSubfolderProject(first)
    }

    private static func hasSubfolderProject(_ path: String) -> Bool {
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return children.contains { FileManager.default.fileExists(atPath: "\(path)/\($0)/\(BatchJob.specFileName)") }
    }

    func run() throws {
        let (jobs, problems) = BatchJob.jobs(for: paths.map { URL(fileURLWithPath: $0) }, output: URL(fileURLWithPath: out))
        DiagnosticPrinter().print(problems)
        guard problems.isEmpty else { throw ExitCode.failure }
        let pipeline = try resources.preparePipeline()
        let display = BatchProgressDisplay(total: jobs.count)
        let archive = self.archive
        let builder = BatchBuilder(pipeline: pipeline, strict: strict) { pipeline, project in
            ComparingBuild(pipeline: pipeline, archive: archive).result(projectAt: project)
        }
        let summary = builder.build(jobs) { result, ended in
            display.show(result, ended: ended)
        }
        display.finish()
        print(summary)
        if summary.hasFailures {
            throw ExitCode.failure
        }
    }
}
