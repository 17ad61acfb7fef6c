import Foundation
import RenjaCompute
import RenjaDocument
import RenjaModel
import RenjaPipeline

/// `renja build PROJECT` without `--out`: builds the project and adds the outputs, a copy of
/// the inputs and a manifest as the next version in the archive, or nothing when the latest
/// version was built from the same inputs.
///
/// A version appears complete or not at all: it is written into a hidden temporary folder
/// beside the versions, every file flushed, then renamed into place. The whole step runs under
/// an exclusive lock on the year folder's `.lock`, so two builds of one project at once cannot
/// take the same number, and a temporary folder found while holding the lock is a crashed
/// build's and is removed.
public struct ArchivingBuild: Sendable {
    public var pipeline: Pipeline
    public var archive: Archive
    /// The build time written into the manifest (never into the outputs).
    public var clock: @Sendable () -> Date

    public init(pipeline: Pipeline, archive: Archive, clock: @escaping @Sendable () -> Date = Date.init) {
        self.pipeline = pipeline
        self.archive = archive
        self.clock = clock
    }

    /// Builds the project and archives it labelled `label` (default: the spec's `tahap`).
    /// With `compareWith` (a version number or folder name), or by default for `tahap:
    /// perubahan` (the latest `penetapan` version), the document is offered the pagu
    /// comparison table as the block `tabel-perbandingan`.
    public func run(projectAt project: URL, label: String? = nil, compareWith: String? = nil, strict: Bool = false) -> ArchiveOutcome {
        let build: ComparedBuild
        do {
            build = try comparedBuild(projectAt: project, label: label, compareWith: compareWith)
        } catch {
            return ArchiveOutcome(kind: .failed(error.error), diagnostics: error.diagnostics)
        }
        let (result, plan) = (build.result, build.computed.plan)
        guard let outputs = result.outputs, !result.fails(strict: strict) else {
            return ArchiveOutcome(kind: .failed(nil), diagnostics: result.diagnostics)
        }
        do throws(ArchiveError) {
            let inputs = try readInputs(result.inputFiles, projectAt: project)
            let defaultTemplates = try defaultTemplateDigests()
            let manifest = Manifest(
                version: 0, label: build.label, createdAt: clock(), renjaVersion: RenjaVersion.current,
                opd: plan.opd.nama, tahun: plan.tahun, totals: ManifestTotals(figures: build.computed.figures),
                inputs: inputs.mapValues(FileDigest.sha256), defaultTemplates: defaultTemplates,
                outputs: Dictionary(outputs.map { ($0.name, FileDigest.sha256($0.contents)) }) { first, _ in first },
                comparedWith: build.base?.name
            )
            let kind = try store(manifest, outputs: outputs, inputs: inputs)
            return ArchiveOutcome(kind: kind, diagnostics: result.diagnostics)
        } catch {
            return ArchiveOutcome(kind: .failed(error), diagnostics: result.diagnostics)
        }
    }

    /// The build `run` would archive, comparison included, without archiving it: `renja build
    /// --out` previews a Renja Perubahan this way. The archive is only read. The error says
    /// why the comparison could not be made (then there are no outputs).
    public func preview(projectAt project: URL, compareWith: String? = nil) -> (result: BuildResult, error: ArchiveError?) {
        do {
            return (try comparedBuild(projectAt: project, label: nil, compareWith: compareWith).result, nil)
        } catch {
            return (BuildResult(diagnostics: error.diagnostics, outputs: nil, inputFiles: []), error.error)
        }
    }

    /// A project built with the comparison it is offered, before anything is archived.
    private struct ComparedBuild {
        var computed: ComputedPlan
        /// The version's label: the one given, else the spec's `tahap`.
        var label: String
        /// The version compared with, if any.
        var base: ArchivedVersion?
        var result: BuildResult
    }

    /// Why a build stopped before it had outputs: the diagnostics so far, and the archive's
    /// error when the comparison failed (none when the project itself has errors).
    private struct Stop: Error {
        var diagnostics: [Diagnostic]
        var error: ArchiveError?
    }

    /// Loads, computes and builds the project, offering it the comparison with `compareWith`
    /// or, for a Renja Perubahan, with the latest `penetapan` (a warning when there is none).
    private func comparedBuild(projectAt project: URL, label: String?, compareWith: String?) throws(Stop) -> ComparedBuild {
        let loaded = Pipeline.load(projectAt: project)
        guard let computed = pipeline.compute(loaded) else {
            throw Stop(diagnostics: pipeline.diagnostics(ofUnloaded: loaded, projectAt: project))
        }
        let plan = computed.plan
        let versionLabel = label ?? plan.tahap?.rawValue ?? ""
        let base: ArchivedVersion?
        var extraBlocks: [String: Block] = [:]
        do throws(ArchiveError) {
            base = try comparisonBase(for: plan, named: compareWith)
            if let base {
                let formatter = RenjaFormatter(settings: plan.settings)
                let current = ComparedVersion(name: versionLabel.isEmpty ? "versi ini" : "versi ini (\(versionLabel))", plan: plan, figures: computed.figures)
                let comparison = PlanComparer(formatter: formatter).compare(try VersionLoader(fileSystem: archive.fileSystem).load(base), current)
                extraBlocks[ComparisonReport.blockID] = ComparisonReport(formatter: formatter).block(comparison)
            }
        } catch {
            throw Stop(diagnostics: computed.diagnostics, error: error)
        }
        var result = pipeline.build(computed, projectAt: project, extraBlocks: extraBlocks)
        if base == nil, plan.tahap == .perubahan {
            // The document would look complete without the budget it revises.
            let searched = archive.yearDirectory(opd: plan.opd.nama, tahun: plan.tahun).path
            result.diagnostics.append(.warning(
                "tahap is 'perubahan' but no '\(Tahap.penetapan.rawValue)' version is archived in '\(searched)', so BAB IV "
                    + "has no pagu comparison; name the version it revises with --compare-with", at: nil))
        }
        return ComparedBuild(computed: computed, label: versionLabel, base: base, result: result)
    }

    /// The version named by `reference`; without one, for a Renja Perubahan, the latest
    /// `penetapan` version (the budget it revises), if archived.
    private func comparisonBase(for plan: Plan, named reference: String?) throws(ArchiveError) -> ArchivedVersion? {
        // Any other build reads nothing of the archive (`--out` builds pass here too).
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

    /// Adds the version under the lock, or finds the latest one equal to it.
    private func store(_ candidate: Manifest, outputs: [BuildOutput], inputs: [String: Data]) throws(ArchiveError) -> ArchiveOutcome.Kind {
        let fileSystem = archive.fileSystem
        let yearDirectory = archive.yearDirectory(opd: candidate.opd, tahun: candidate.tahun)
        return try fileSystem.withExclusiveLock(at: yearDirectory.appendingPathComponent(Archive.lockFileName)) { () throws(ArchiveError) -> ArchiveOutcome.Kind in
            try removeStaleTemporaryDirectories(in: yearDirectory)
            let versions = try archive.versions(in: yearDirectory)
            if let latest = versions.last, let latestManifest = latest.manifest, latestManifest.isSameBuild(as: candidate) {
                return .unchanged(latest)
            }
            var manifest = candidate
            manifest.version = (versions.map(\.number).max() ?? 0) + 1
            let temporary = yearDirectory.appendingPathComponent(Archive.temporaryPrefix + UUID().uuidString)
            let destination = yearDirectory.appendingPathComponent(ArchivedVersion.directoryName(number: manifest.version, label: manifest.label))
            do throws(ArchiveError) {
                try write(manifest, outputs: outputs, inputs: inputs, into: temporary)
                try fileSystem.moveDirectory(at: temporary, to: destination)
            } catch {
                try? fileSystem.removeItem(at: temporary)
                throw error
            }
            // The version is complete from here on; flushing the rename makes it durable.
            try fileSystem.synchronizeDirectory(at: yearDirectory)
            return .created(ArchivedVersion(number: manifest.version, directory: destination, manifest: manifest))
        }
    }

    /// Writes and flushes every file of the version, the manifest last.
    private func write(_ manifest: Manifest, outputs: [BuildOutput], inputs: [String: Data], into directory: URL) throws(ArchiveError) {
        let fileSystem = archive.fileSystem
        try fileSystem.createDirectory(at: directory)
        for output in outputs {
            try fileSystem.writeNewFile(output.contents, to: directory.appendingPathComponent(output.name))
        }
        let inputDirectory = directory.appendingPathComponent(Manifest.inputDirectoryName)
        var foldersToFlush = [directory]
        for path in inputs.keys.sorted() {
            let destination = inputDirectory.appendingPathComponent(path)
            let folder = destination.deletingLastPathComponent()
            if !foldersToFlush.contains(folder) {
                try fileSystem.createDirectory(at: folder)
                foldersToFlush.append(folder)
            }
            try fileSystem.writeNewFile(inputs[path] ?? Data(), to: destination)
        }
        try fileSystem.writeNewFile(manifest.encoded(), to: directory.appendingPathComponent(Manifest.fileName))
        for folder in foldersToFlush.reversed() {
            try fileSystem.synchronizeDirectory(at: folder)
        }
    }

    /// Temporary folders of builds that died before renaming; only called under the lock, when
    /// no other build can be writing one.
    private func removeStaleTemporaryDirectories(in yearDirectory: URL) throws(ArchiveError) {
        for name in try archive.fileSystem.contentsOfDirectory(at: yearDirectory) where name.hasPrefix(Archive.temporaryPrefix) {
            try archive.fileSystem.removeItem(at: yearDirectory.appendingPathComponent(name))
        }
    }

    /// The bytes of the spec, the CSVs and the project's own templates, by project-relative path.
    private func readInputs(_ files: [URL], projectAt project: URL) throws(ArchiveError) -> [String: Data] {
        let projectTemplates = templateFiles(in: project.appendingPathComponent("templates"))
        var inputs: [String: Data] = [:]
        for file in files + projectTemplates {
            let path = try relativePath(of: file, in: project)
            inputs[path] = try archive.fileSystem.readFile(at: file)
        }
        return inputs
    }

    /// The `.xml` files of a template folder (none when it is missing).
    private func templateFiles(in directory: URL) -> [URL] {
        let names = (try? archive.fileSystem.contentsOfDirectory(at: directory)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The default templates the pipeline parsed, by name: a changed one changes the outputs.
    private func defaultTemplateDigests() throws(ArchiveError) -> [String: String] {
        var digests: [String: String] = [:]
        for template in pipeline.templates.templates.values {
            digests[template.name] = FileDigest.sha256(try archive.fileSystem.readFile(at: URL(fileURLWithPath: template.path)))
        }
        return digests
    }

    private func relativePath(of file: URL, in project: URL) throws(ArchiveError) -> String {
        let base = project.standardizedFileURL.path
        let path = file.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard path.hasPrefix(prefix) else { throw .inputOutsideProject(file.path) }
        return String(path.dropFirst(prefix.count))
    }
}
