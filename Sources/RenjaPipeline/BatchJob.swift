import Foundation
import RenjaLoader
import RenjaModel

/// One project of a batch and the folder its outputs go to.
public struct BatchJob: Equatable, Sendable {
    public var project: URL
    public var outputDirectory: URL

    public init(project: URL, outputDirectory: URL) {
        self.project = project
        self.outputDirectory = outputDirectory
    }

    /// The file that makes a folder a project: the spec the loader reads.
    public static let specFileName = ProjectLoader.specFileName

    /// The jobs for `paths`: each path is a project folder, or a folder of project folders
    /// (every direct subfolder holding `renja.yaml`, in name order); a project named twice is
    /// built once. Each project writes into
    /// `output/<project folder name>/`. Two projects with the same folder name, a path that
    /// is neither, and a folder without projects are errors: nothing is built then.
    public static func jobs(for paths: [URL], output: URL) -> ([BatchJob], [Diagnostic]) {
        var projects: [URL] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            if isProject(path) {
                projects.append(path)
                continue
            }
            let children = (try? FileManager.default.contentsOfDirectory(at: path, includingPropertiesForKeys: nil)) ?? []
            let found = children.filter(isProject).sorted { $0.lastPathComponent < $1.lastPathComponent }
            if !FileManager.default.fileExists(atPath: path.path) {
                diagnostics.append(.error("'\(path.path)' does not exist", at: nil))
            } else if found.isEmpty {
                diagnostics.append(.error("'\(path.path)' is neither a project (no \(specFileName)) nor a folder of projects", at: nil))
            }
            projects += found
        }
        var firstByName: [String: URL] = [:]
        var seen: Set<String> = []
        // A project named twice (directly and through its parent folder) is built once.
        projects = projects.filter { seen.insert($0.standardizedFileURL.path).inserted }
        for project in projects {
            let name = project.standardizedFileURL.lastPathComponent
            if let first = firstByName[name] {
                diagnostics.append(.error("projects '\(first.path)' and '\(project.path)' would both write into '\(output.appendingPathComponent(name).path)'; rename one folder", at: nil))
            } else {
                firstByName[name] = project
            }
        }
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        return (projects.map { BatchJob(project: $0, outputDirectory: output.appendingPathComponent($0.standardizedFileURL.lastPathComponent)) }, [])
    }

    private static func isProject(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(specFileName).path)
    }
}
