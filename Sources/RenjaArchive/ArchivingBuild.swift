import Foundation
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

    /// Builds the project as `ComparingBuild` does (a Renja Perubahan compared with the
    /// version it revises, or with `compareWith`) and archives it labelled `label` (default:
    /// the spec's `tahap`).
    public func run(projectAt project: URL, label: String? = nil, compareWith: String? = nil, strict: Bool = false) -> ArchiveOutcome {
        let build: ComparingBuild.Built
        do {
            build = try ComparingBuild(pipeline: pipeline, archive: archive).build(projectAt: project, label: label, compareWith: compareWith)
        } catch {
            return ArchiveOutcome(kind: .failed(error.archiveError), diagnostics: error.diagnostics)
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
