import Dispatch
import Foundation
import RenjaModel
import RenjaXML

/// Builds many projects in one process on every core: the pipeline (templates parsed, schema
/// compiled) is shared, each worker takes the next project, builds it and writes it at once,
/// so memory holds at most one project per worker whatever the batch size. A failing project
/// is reported and the others go on.
public struct BatchBuilder: Sendable {
    public private(set) var pipeline: Pipeline
    /// Warnings fail a project, as `--strict` does for one.
    public var strict: Bool
    public var workerCount: Int
    /// How one project is built with a worker's pipeline (the command line offers a Renja
    /// Perubahan its comparison from the archive, as a single build does).
    public var buildProject: @Sendable (Pipeline, URL) -> BuildResult

    public init(
        pipeline: Pipeline, strict: Bool = false, workerCount: Int = ProcessInfo.processInfo.activeProcessorCount,
        buildProject: @escaping @Sendable (Pipeline, URL) -> BuildResult = { $0.build(projectAt: $1) }
    ) {
        self.pipeline = pipeline
        self.strict = strict
        self.workerCount = max(1, workerCount)
        self.buildProject = buildProject
    }

    /// Builds every job; `report` sees each project as it ends, one call at a time, with the
    /// number of projects ended so far.
    public func build(_ jobs: [BatchJob], report: @escaping @Sendable (BatchProjectResult, _ ended: Int) -> Void = { _, _ in }) -> BatchSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let queue = BatchQueue(jobCount: jobs.count)
        DispatchQueue.concurrentPerform(iterations: min(workerCount, max(1, jobs.count))) { worker in
            let builder = worker == 0 ? self : withOwnSchema()
            while let index = queue.next() {
                let result = builder.build(jobs[index])
                queue.finish(result, report: report)
            }
        }
        var summary = queue.summary
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return summary
    }

    /// This builder with its own compiled copy of the schema. `RelaxNGSchema` serializes
    /// validation behind a lock (libxml2 does not promise that one compiled schema may
    /// validate on two threads at once), and validation is a tenth to a fifth of a build's
    /// CPU time (docs/performance.md), so one shared schema would make the workers wait on
    /// each other. A copy of renja's grammar costs 3.6M instructions, once per worker and
    /// batch. Falls back to the shared schema if the copy cannot be compiled.
    private func withOwnSchema() -> BatchBuilder {
        guard let schema = try? pipeline.schema.recompiled() else { return self }
        var builder = self
        builder.pipeline = Pipeline(templates: pipeline.templates, schema: schema)
        return builder
    }

    /// Builds and writes one project; its outputs are dropped when this returns.
    public func build(_ job: BatchJob) -> BatchProjectResult {
        let result = buildProject(pipeline, job.project)
        guard let outputs = result.outputs, !result.fails(strict: strict) else {
            return BatchProjectResult(job: job, status: .failed, diagnostics: result.diagnostics)
        }
        let written: [String]
        do {
            written = try pipeline.emit(outputs, into: job.outputDirectory)
        } catch {
            return BatchProjectResult(job: job, status: .failed, diagnostics: result.diagnostics + [.error("\(error)", at: nil)])
        }
        return BatchProjectResult(job: job, status: written.isEmpty ? .unchanged : .built, diagnostics: result.diagnostics)
    }
}

/// The shared state of a batch's workers: the next job to take and the tally, behind one lock.
private final class BatchQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let jobCount: Int
    private var nextIndex = 0
    private var ended = 0
    private(set) var summary = BatchSummary()

    init(jobCount: Int) {
        self.jobCount = jobCount
    }

    func next() -> Int? {
        lock.withLock {
            guard nextIndex < jobCount else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    /// Counts the result and reports it under the lock, so reports never interleave.
    func finish(_ result: BatchProjectResult, report: (BatchProjectResult, Int) -> Void) {
        lock.withLock {
            ended += 1
            summary.count(result.status)
            report(result, ended)
        }
    }
}
