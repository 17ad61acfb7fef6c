import Foundation
import RenjaCompute
import RenjaLoader
import RenjaModel

/// `renja verify`: rehashes every file of a version folder and compares it with the manifest,
/// and recomputes the manifest's totals from the archived inputs.
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
    /// so is one whose version, label, OPD or year no longer name the folder it lies in, or
    /// whose totals are not those of its archived inputs (when they still load: inputs that
    /// an earlier renja accepted and this one refuses are no change to the archive).
    public func problems(in version: ArchivedVersion) throws(ArchiveError) -> [FileProblem] {
        try check(version).problems
    }

    /// `problems(in:)`, and the archived inputs loaded and computed when every file is as
    /// archived (`nil` otherwise, or when they do not load): what a comparison reads.
    func check(_ version: ArchivedVersion) throws(ArchiveError) -> (problems: [FileProblem], computed: (Plan, Figures)?) {
        let problems = try fileProblems(in: version)
        guard problems.isEmpty, let manifest = version.manifest else { return (problems, nil) }
        let input = version.directory.appendingPathComponent(Manifest.inputDirectoryName)
        guard let plan = ProjectLoader(rules: .archived).load(projectAt: input).plan else { return (problems, nil) }
        let figures = computeFigures(plan).0
        let computed = ManifestTotals(figures: figures)
        guard computed == manifest.totals else {
            return ([FileProblem(kind: .changed, path: Manifest.fileName, reason: "it records \(manifest.totals); "
                                 + "its archived inputs give \(computed)")], nil)
        }
        return (problems, (plan, figures))
    }

    private func fileProblems(in version: ArchivedVersion) throws(ArchiveError) -> [FileProblem] {
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
    /// (`<opd>/<year>/<NNN>-<label>`), so an edit to those shows (its totals are recomputed
    /// by `check`; its date and renja version cannot be checked).
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
