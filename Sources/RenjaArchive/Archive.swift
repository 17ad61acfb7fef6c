import Foundation

/// The archive root (`output/` by default): `<root>/<opd-slug>/<year>/<NNN>-<label>/`.
/// Reads versions; `ArchivingBuild` adds them.
public struct Archive: Sendable {
    public var root: URL
    public var fileSystem: any ArchiveFileSystem

    /// The name of the lock file in each year folder that serialises the builds of a project.
    public static let lockFileName = ".lock"
    /// Temporary version folders start with this; any left while the lock is held are stale.
    public static let temporaryPrefix = ".tmp-"

    public init(root: URL, fileSystem: any ArchiveFileSystem = LocalFileSystem()) {
        self.root = root
        self.fileSystem = fileSystem
    }

    /// The folder of one OPD's versions of one year.
    public func yearDirectory(opd: String, tahun: Int) -> URL {
        root.appendingPathComponent(Self.directoryName(ofOPD: opd)).appendingPathComponent(String(tahun))
    }

    /// The name of an OPD's folder under the root: its name's slug.
    public static func directoryName(ofOPD opd: String) -> String {
        Slug.make(opd, fallback: "opd")
    }

    /// The versions in a year folder, oldest first; hidden entries (the lock, temporary
    /// folders) and other names are not versions.
    public func versions(in yearDirectory: URL) throws(ArchiveError) -> [ArchivedVersion] {
        var versions: [ArchivedVersion] = []
        for name in try fileSystem.contentsOfDirectory(at: yearDirectory) where !name.hasPrefix(".") {
            let directory = yearDirectory.appendingPathComponent(name)
            guard let number = ArchivedVersion.number(inDirectoryName: name), fileSystem.isDirectory(at: directory) else { continue }
            let data = try? fileSystem.readFile(at: directory.appendingPathComponent(Manifest.fileName))
            versions.append(ArchivedVersion(number: number, directory: directory, manifest: data.flatMap(Manifest.decode)))
        }
        return versions.sorted { ($0.number, $0.name) < ($1.number, $1.name) }
    }

    /// The versions of one OPD and year, oldest first.
    public func versions(opd: String, tahun: Int) throws(ArchiveError) -> [ArchivedVersion] {
        try versions(in: yearDirectory(opd: opd, tahun: tahun))
    }

    /// Every version under the root, by OPD, year and number.
    public func allVersions() throws(ArchiveError) -> [ArchivedVersion] {
        var versions: [ArchivedVersion] = []
        for opd in try fileSystem.contentsOfDirectory(at: root).sorted() where !opd.hasPrefix(".") {
            let opdDirectory = root.appendingPathComponent(opd)
            for year in try fileSystem.contentsOfDirectory(at: opdDirectory).sorted() where !year.hasPrefix(".") {
                versions += try self.versions(in: opdDirectory.appendingPathComponent(year))
            }
        }
        return versions
    }

    /// The version named by `reference`: its number (`2`, `002`) or its folder name.
    public func version(_ reference: String, among versions: [ArchivedVersion]) throws(ArchiveError) -> ArchivedVersion {
        let match = versions.first { $0.name == reference } ?? Int(reference).flatMap { number in versions.first { $0.number == number } }
        guard let match else { throw .noSuchVersion(reference, archived: versions.map(\.name)) }
        return match
    }
}
