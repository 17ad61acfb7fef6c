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
    /// manifest is itself a problem (`removed: manifest.json` or `changed: manifest.json`), and
    /// so is one whose version, label, OPD or year no longer name the folder it lies in.
    public func problems(in version: ArchivedVersion) throws(ArchiveError) -> [FileProblem] {
        guard let manifest = version.manifest else {
            let hasManifest = (try? fileSystem.readFile(at: version.directory.appendingPathComponent(Manifest.fileName))) != nil
            return [FileProblem(kind: hasManifest ? .changed : .removed, path: Manifest.fileName)]
        }
        let expected = manifest.archivedFiles
        let present = try fileSystem.filesRecursively(in: version.directory, skipping: [Self.reportDirectoryName])
            .filter { $0 != Manifest.fileName }
        var problems: [FileProblem] = []
        if let misplaced = misplacement(of: manifest, in: version) {
            problems.append(misplaced)
        }
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
        return problems.sorted { $0.path < $1.path }
    }

    /// The manifest vouches for every other file but for itself no hash can: its version,
    /// label, OPD and year are checked against the folder the archive made from them
    /// (`<opd>/<year>/<NNN>-<label>`), so an edit to those shows. Its totals and dates are not
    /// checked.
    private func misplacement(of manifest: Manifest, in version: ArchivedVersion) -> FileProblem? {
        let yearDirectory = version.directory.deletingLastPathComponent()
        let expected = [Archive.directoryName(ofOPD: manifest.opd), String(manifest.tahun),
                        ArchivedVersion.directoryName(number: manifest.version, label: manifest.label)]
        let actual = [yearDirectory.deletingLastPathComponent().lastPathComponent, yearDirectory.lastPathComponent, version.name]
        guard expected != actual else { return nil }
        return FileProblem(kind: .changed, path: Manifest.fileName, reason: "its version, label, OPD and year name the folder "
                           + "'\(expected.joined(separator: "/"))', not '\(actual.joined(separator: "/"))'")
    }
}
