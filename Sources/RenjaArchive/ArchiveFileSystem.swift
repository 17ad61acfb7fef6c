import Foundation

/// The file operations the archive uses, and nothing else, so that tests can make any one of
/// them fail and check that no partial version is left behind.
public protocol ArchiveFileSystem: Sendable {
    /// The names of a folder's entries (hidden ones included); an empty list for a missing folder.
    func contentsOfDirectory(at url: URL) throws(ArchiveError) -> [String]
    /// Whether `url` is an existing folder.
    func isDirectory(at url: URL) -> Bool
    func readFile(at url: URL) throws(ArchiveError) -> Data
    /// Creates the folder and any missing parents.
    func createDirectory(at url: URL) throws(ArchiveError)
    /// Creates a new file (failing if it exists), writes it and flushes it to disk.
    func writeNewFile(_ data: Data, to url: URL) throws(ArchiveError)
    /// Renames a folder; fails when `destination` exists.
    func moveDirectory(at source: URL, to destination: URL) throws(ArchiveError)
    /// Removes a file or a folder with its contents.
    func removeItem(at url: URL) throws(ArchiveError)
    /// Flushes a folder's entries (a rename) to disk.
    func synchronizeDirectory(at url: URL) throws(ArchiveError)
    /// Runs `body` holding an exclusive lock on `lockFile` (created if missing), waiting for
    /// other holders, in this process or another, to finish.
    func withExclusiveLock<T>(at lockFile: URL, _ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T
}

extension ArchiveFileSystem {
    /// Every file below `directory`, hidden ones included, as paths relative to it, sorted;
    /// the entries of `directory` named in `skipping` are left out.
    public func filesRecursively(in directory: URL, skipping: Set<String> = []) throws(ArchiveError) -> [String] {
        var files: [String] = []
        for name in try contentsOfDirectory(at: directory).sorted() {
            guard !skipping.contains(name) else { continue }
            let url = directory.appendingPathComponent(name)
            if isDirectory(at: url) {
                files += try filesRecursively(in: url).map { name + "/" + $0 }
            } else {
                files.append(name)
            }
        }
        return files
    }
}
