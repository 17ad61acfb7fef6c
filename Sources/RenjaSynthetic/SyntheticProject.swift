import Foundation

/// A generated project: its folder name and its files (relative path -> text), in memory
/// until written.
public struct SyntheticProject: Equatable, Sendable {
    public var name: String
    /// Relative paths inside the project folder, in writing order.
    public var files: [(path: String, contents: String)]

    public static func == (lhs: SyntheticProject, rhs: SyntheticProject) -> Bool {
        lhs.name == rhs.name && lhs.files.map(\.path) == rhs.files.map(\.path) && lhs.files.map(\.contents) == rhs.files.map(\.contents)
    }

    /// Writes the files into `parent/<name>/`, creating folders; returns the project folder.
    @discardableResult
    public func write(into parent: URL) throws -> URL {
        let folder = parent.appendingPathComponent(name, isDirectory: true)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        return folder
    }
}
