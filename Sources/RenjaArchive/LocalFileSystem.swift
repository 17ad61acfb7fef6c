import Foundation
import RenjaPipeline
#if canImport(Glibc)
import Glibc
#endif

/// The real disk, through POSIX calls where Foundation hides the guarantees the archive
/// needs: `O_EXCL` creation, `fsync`, `rename` and `flock`.
public struct LocalFileSystem: ArchiveFileSystem {
    public init() {}

    public func contentsOfDirectory(at url: URL) throws(ArchiveError) -> [String] {
        guard isDirectory(at: url) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw .fileSystem(operation: "list", path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    public func isDirectory(at url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func readFile(at url: URL) throws(ArchiveError) -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .fileSystem(operation: "read", path: url.path, reason: "missing or unreadable")
        }
        return data
    }

    public func createDirectory(at url: URL) throws(ArchiveError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem(operation: "create", path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    public func writeNewFile(_ data: Data, to url: URL) throws(ArchiveError) {
        // Archived files are flushed one by one: an auditor's copy must survive a power cut.
        if let failure = NewFile.write(data, to: url.path, synchronize: true) {
            throw .fileSystem(operation: failure.operation, path: url.path, reason: failure.reason)
        }
    }

    public func moveDirectory(at source: URL, to destination: URL) throws(ArchiveError) {
        // rename(2) replaces an existing empty folder, so existence is checked first; the
        // archive lock makes the check and the rename one step for renja processes.
        guard !FileManager.default.fileExists(atPath: destination.path) else {
            throw .fileSystem(operation: "rename to", path: destination.path, reason: "it exists")
        }
        guard rename(source.path, destination.path) == 0 else { throw Self.failure("rename to", destination) }
    }

    public func removeItem(at url: URL) throws(ArchiveError) {
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw .fileSystem(operation: "remove", path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    public func synchronizeDirectory(at url: URL) throws(ArchiveError) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure("open", url) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Self.failure("flush", url) }
    }

    public func withExclusiveLock<T>(at lockFile: URL, _ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
        try createDirectory(at: lockFile.deletingLastPathComponent())
        let descriptor = open(lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure("open", lockFile) }
        // Closing the descriptor releases the lock, also when the process dies: no stale locks.
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw Self.failure("lock", lockFile) }
        }
        return try body()
    }

    private static func failure(_ operation: String, _ url: URL) -> ArchiveError {
        .fileSystem(operation: operation, path: url.path, reason: String(cString: strerror(errno)))
    }
}
