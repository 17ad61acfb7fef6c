import Foundation

/// `renja verify`: rehashes every file of a version folder and compares it with the manifest.
public struct VersionVerifier: Sendable {
    public var fileSystem: any ArchiveFileSystem

    /// Comparison reports (`renja diff`) are written into the newer version's folder after it
    /// was archived, so they are no part of what the manifest vouches for.
    public static let reportDirectoryName = "perbandingan"

    public init(fileSystem: any ArchiveFileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Every file changed, removed or added since archiving, by path; a missing or unreadable
    /// manifest is itself a problem (`removed: manifest.json` or `changed: manifest.json`).
    public func problems(in version: ArchivedVersion) throws(ArchiveError) -> [FileProblem] {
        guard let manifest = version.manifest else {
            let hasManifest = (try? fileSystem.readFile(at: version.directory.appendingPathComponent(Manifest.fileName))) != nil
            return [FileProblem(kind: hasManifest ? .changed : .removed, path: Manifest.fileName)]
        }
        let expected = manifest.archivedFiles
        let present = try fileSystem.filesRecursively(in: version.directory, skipping: [Self.reportDirectoryName])
            .filter { $0 != Manifest.fileName }
        var problems: [FileProblem] = []
        for path in Set(expected.keys).union(present).sorted() {
            switch (expected[path], present.contains(path)) {
            case (nil, _):
                problems.append(FileProblem(kind: .added, path: path))
            case (_?, false):
                problems.append(FileProblem(kind: .removed, path: path))
            case (let digest?, true):
                let data = try fileSystem.readFile(at: version.directory.appendingPathComponent(path))
                if FileDigest.sha256(data) != digest {
                    problems.append(FileProblem(kind: .changed, path: path))
                }
            }
        }
        return problems
    }
}
