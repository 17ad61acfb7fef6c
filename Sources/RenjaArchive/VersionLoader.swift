import Foundation
import RenjaCompute
import RenjaLoader
import RenjaModel

/// Reloads an archived version from its copy of the inputs, as a plan with computed figures.
public struct VersionLoader: Sendable {
    public var fileSystem: any ArchiveFileSystem

    public init(fileSystem: any ArchiveFileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// The version as archived; refused when any of its files changed since (the problems
    /// `renja verify` names): a comparison must not present an edited copy as the record.
    public func load(_ version: ArchivedVersion) throws(ArchiveError) -> ComparedVersion {
        let problems = try VersionVerifier(fileSystem: fileSystem).problems(in: version)
        guard problems.isEmpty else { throw .versionChanged(version: version.name, problems: problems) }
        let input = version.directory.appendingPathComponent(Manifest.inputDirectoryName)
        guard let plan = ProjectLoader(rules: .archived).load(projectAt: input).plan else { throw .projectHasErrors(input.path) }
        let label = version.manifest?.label ?? ""
        let name = label.isEmpty ? "versi \(version.number)" : "versi \(version.number) (\(label))"
        return ComparedVersion(name: name, plan: plan, figures: computeFigures(plan).0)
    }
}
