import Foundation
import RenjaCompute
import RenjaDocument
import RenjaModel
import RenjaPipeline

/// Builds a project the way its version is archived: with `compareWith` (a version number
/// or folder name), or by default for `tahap: perubahan` (the latest `penetapan` version,
/// the budget it revises), the document is offered the pagu comparison table as the block
/// `tabel-perbandingan`. The archive is only read; any other build reads nothing of it.
/// `ArchivingBuild` archives what it builds; `renja build --out` and batches write it.
public struct ComparingBuild: Sendable {
    public var pipeline: Pipeline
    public var archive: Archive

    public init(pipeline: Pipeline, archive: Archive) {
        self.pipeline = pipeline
        self.archive = archive
    }

    /// A project built with the comparison it was offered.
    public struct Built: Sendable {
        public var computed: ComputedPlan
        /// The version's label: the one given, else the spec's `tahap`.
        public var label: String
        /// The version compared with, if any.
        public var base: ArchivedVersion?
        public var result: BuildResult
    }

    /// Why a build stopped before it had outputs: the diagnostics so far, and the archive's
    /// error when the comparison could not be made (none when the project itself has errors).
    public struct Stop: Error {
        public var diagnostics: [Diagnostic]
        public var archiveError: ArchiveError?

        /// The diagnostics with the archive's error as one more, for printing them together.
        public var allDiagnostics: [Diagnostic] {
            diagnostics + (archiveError.map { [.error("\($0)", at: nil)] } ?? [])
        }
    }

    /// Loads, computes and builds the project, offering it the comparison; a Renja Perubahan
    /// with nothing to compare with is built with a warning.
    public func build(projectAt project: URL, label: String? = nil, compareWith: String? = nil) throws(Stop) -> Built {
        let loaded = Pipeline.load(projectAt: project)
        guard let computed = pipeline.compute(loaded) else {
            throw Stop(diagnostics: pipeline.diagnostics(ofUnloaded: loaded, projectAt: project))
        }
        let plan = computed.plan
        if let label, let problem = Self.stageProblem(ofLabel: label, tahap: plan.tahap) {
            throw Stop(diagnostics: computed.diagnostics + [.error(problem, at: nil)])
        }
        let versionLabel = label ?? plan.tahap?.rawValue ?? ""
        let base: ArchivedVersion?
        var extraBlocks: [String: Block] = [:]
        do throws(ArchiveError) {
            base = try comparisonBase(for: plan, named: compareWith)
            if let base {
                let formatter = RenjaFormatter(settings: plan.settings)
                let current = ComparedVersion(name: versionLabel.isEmpty ? "versi ini" : "versi ini (\(versionLabel))", plan: plan, figures: computed.figures)
                let comparison = PlanComparer(formatter: formatter).compare(try VersionLoader(fileSystem: archive.fileSystem).load(base), current)
                extraBlocks[ComparisonReport.blockID] = ComparisonReport(formatter: formatter).block(
                    comparison, olderDocument: Self.documentName(label: base.manifest?.label ?? "", otherwise: "Renja versi \(base.number)"),
                    newerDocument: Self.documentName(label: versionLabel, otherwise: "Renja ini"))
            }
        } catch {
            throw Stop(diagnostics: computed.diagnostics, archiveError: error)
        }
        var result = pipeline.build(computed, projectAt: project, extraBlocks: extraBlocks)
        if base == nil, plan.tahap == .perubahan {
            // The document would look complete without the budget it revises.
            let searched = archive.yearDirectory(opd: plan.opd.nama, tahun: plan.tahun).path
            result.diagnostics.append(.warning(
                "tahap is 'perubahan' but no '\(Tahap.penetapan.rawValue)' version is archived in '\(searched)', so BAB IV "
                    + "has no pagu comparison; name the version it revises with --compare-with", at: nil))
        }
        return Built(computed: computed, label: versionLabel, base: base, result: result)
    }

    /// The build's result for writing it where the user asked (`--out`, a batch): a
    /// comparison that could not be made is one more error, and there are no outputs.
    public func result(projectAt project: URL, compareWith: String? = nil) -> BuildResult {
        do {
            return try build(projectAt: project, compareWith: compareWith).result
        } catch {
            return BuildResult(diagnostics: error.allDiagnostics, outputs: nil, inputFiles: [])
        }
    }

    /// Why `--label` may not name this version. A label may mark a built stage as a later one
    /// (`--label penetapan` over the spec's `rancangan akhir`: the document established as it
    /// stands), but a Renja Perubahan is another document (it compares its pagu with the
    /// penetapan), so `perubahan` must be the spec's `tahap`, and a Perubahan is labelled by
    /// no other stage. A stage word with one letter wrong (`perubhan`, `penetpan`) is a slip:
    /// a later Perubahan would not find its penetapan. Other words are labels of their own
    /// (`pengesahan`, `perubahan-2`), however close.
    static func stageProblem(ofLabel label: String, tahap: Tahap?) -> String? {
        let word = label.lowercased()
        guard word != tahap?.rawValue else { return nil }
        if let stage = Tahap.allCases.first(where: { $0.rawValue == word }) {
            guard stage == .perubahan || tahap == .perubahan else { return nil }
            let spec = "the spec's tahap is \(tahap.map { "'\($0.rawValue)'" } ?? "not given")"
            return "--label '\(label)' is the stage '\(stage.rawValue)', but \(spec): a Renja Perubahan is built from "
                + "'tahap: perubahan' in the spec (it then compares its pagu with the penetapan), and labelled so"
        }
        guard let stage = Tahap.allCases.first(where: { Suggestion.editDistance(word, $0.rawValue) == 1 }) else { return nil }
        return "--label '\(label)' looks like the stage '\(stage.rawValue)'; write it as '\(stage.rawValue)', or give a label that names no stage"
    }

    /// How the printed document names a version: by its label (`Renja Penetapan`), the stage
    /// words a reader knows, else `otherwise`.
    private static func documentName(label: String, otherwise: String) -> String {
        label.isEmpty ? otherwise : "Renja " + label.capitalized
    }

    /// The version named by `reference`; without one, for a Renja Perubahan, the latest
    /// `penetapan` version (the budget it revises), if archived.
    private func comparisonBase(for plan: Plan, named reference: String?) throws(ArchiveError) -> ArchivedVersion? {
        guard reference != nil || plan.tahap == .perubahan else { return nil }
        let versions = try archive.versions(opd: plan.opd.nama, tahun: plan.tahun)
        if let reference {
            return try archive.version(reference, among: versions)
        }
        let latest = versions.last { $0.manifest?.label.lowercased() == Tahap.penetapan.rawValue }
        // A later version whose manifest cannot be read has no label to go by: it may be the
        // penetapan this revises, so no earlier one is taken in its place.
        if let unreadable = versions.last(where: { $0.manifest == nil }), unreadable.number > latest?.number ?? 0 {
            throw .versionChanged(version: unreadable.name, problems: try VersionVerifier(fileSystem: archive.fileSystem).problems(in: unreadable))
        }
        return latest
    }
}
