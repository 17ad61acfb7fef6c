import Foundation

/// Why an archive operation failed; printed to the user as it is.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    /// A file or folder of the archive cannot be read, written, renamed or locked.
    case fileSystem(operation: String, path: String, reason: String)
    /// A version folder has no readable manifest.
    case unreadableManifest(String)
    /// An input the spec names lies outside the project folder, so its copy could not be reloaded.
    case inputOutsideProject(String)
    /// No version with this number (or folder name) is archived for the project; `archived`
    /// names those that are.
    case noSuchVersion(String, archived: [String])
    /// Fewer than two versions are archived, so there is nothing to compare.
    case nothingToCompare(String)
    /// The project has errors, so it has no plan to archive or compare.
    case projectHasErrors(String)
    /// No version is archived in the folder searched, so there is nothing to verify.
    case noVersions(String)
    /// An archived version's files are not as its manifest recorded them, so it cannot be trusted.
    case versionChanged(version: String, problems: [FileProblem])
    /// Two versions to compare must differ and be named older first.
    case versionsNotInOrder(first: String, second: String)

    public var description: String {
        switch self {
        case let .fileSystem(operation, path, reason): return "cannot \(operation) '\(path)': \(reason)"
        case .unreadableManifest(let path): return "cannot read the manifest '\(path)'"
        case .inputOutsideProject(let path): return "the input '\(path)' lies outside the project folder and cannot be archived"
        case let .noSuchVersion(name, archived):
            return "no archived version '\(name)' (" + (archived.isEmpty ? "none is archived" : "archived: " + archived.joined(separator: ", ")) + ")"
        case .nothingToCompare(let path): return "fewer than two versions are archived in '\(path)'"
        case .projectHasErrors(let path): return "the project '\(path)' has errors; run 'renja check' on it"
        case .noVersions(let path): return "no archived versions in '\(path)'"
        case let .versionChanged(version, problems):
            return "version '\(version)' is not as archived (\(problems.map(\.description).joined(separator: ", "))); run 'renja verify'"
        case let .versionsNotInOrder(first, second):
            return "name two different versions, the older first: '\(first)' is not older than '\(second)'"
        }
    }
}
