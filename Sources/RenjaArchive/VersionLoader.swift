import Foundation
import RenjaCompute
import RenjaLoader
import RenjaModel

/// Reloads an archived version from its copy of the inputs, as a plan with computed figures.
public struct VersionLoader: Sendable {
    public init() {}

    public func load(_ version: ArchivedVersion) throws(ArchiveError) -> ComparedVersion {
        let input = version.directory.appendingPathComponent(Manifest.inputDirectoryName)
        guard let plan = ProjectLoader().load(projectAt: input).plan else { throw .projectHasErrors(input.path) }
        let label = version.manifest?.label ?? ""
        let name = label.isEmpty ? "versi \(version.number)" : "versi \(version.number) (\(label))"
        return ComparedVersion(name: name, plan: plan, figures: computeFigures(plan).0)
    }
}
