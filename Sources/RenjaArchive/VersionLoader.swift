import Foundation

/// Reloads an archived version from its copy of the inputs, as a plan with computed figures.
public struct VersionLoader: Sendable {
    public var fileSystem: any ArchiveFileSystem

    public init(fileSystem: any ArchiveFileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// The version as archived; refused when any of its files changed since (the problems
    /// `renja verify` names): a comparison must not present an edited copy as the record.
    public func load(_ version: ArchivedVersion) throws(ArchiveError) -> ComparedVersion {
        let (problems, computed) = try VersionVerifier(fileSystem: fileSystem).check(version)
        guard problems.isEmpty else { throw .versionChanged(version: version.name, problems: problems) }
        guard let (plan, figures) = computed else {
            throw .projectHasErrors(version.directory.appendingPathComponent(Manifest.inputDirectoryName).path)
        }
        let label = version.manifest?.label ?? ""
        let name = label.isEmpty ? "versi \(version.number)" : "versi \(version.number) (\(label))"
        return ComparedVersion(name: name, plan: plan, figures: figures)
    }
}
