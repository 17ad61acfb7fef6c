import Foundation
import RenjaArchive
import Synchronization

/// The real disk, except that the write operation number `failingAt` (counting from 0) fails,
/// and with `thenDies` every operation after it too, as when the process is killed.
final class FailingFileSystem: ArchiveFileSystem {
    private let base = LocalFileSystem()
    private let failingAt: Int
    private let thenDies: Bool
    private let count = Mutex(0)

    init(failingAt: Int, thenDies: Bool) {
        self.failingAt = failingAt
        self.thenDies = thenDies
    }

    /// How many write operations were attempted.
    var writes: Int { count.withLock { $0 } }

    /// Counts one write operation; whether it is to fail.
    private func failsNow() -> Bool {
        let number = count.withLock { value in
            defer { value += 1 }
            return value
        }
        return number == failingAt || (thenDies && number > failingAt)
    }

    private func step(_ operation: String, _ url: URL) throws(ArchiveError) {
        if failsNow() { throw Self.failure(operation, url) }
    }

    private static func failure(_ operation: String, _ url: URL) -> ArchiveError {
        .fileSystem(operation: operation, path: url.path, reason: "injected failure")
    }

    func contentsOfDirectory(at url: URL) throws(ArchiveError) -> [String] { try base.contentsOfDirectory(at: url) }
    func isDirectory(at url: URL) -> Bool { base.isDirectory(at: url) }
    func readFile(at url: URL) throws(ArchiveError) -> Data { try base.readFile(at: url) }

    func createDirectory(at url: URL) throws(ArchiveError) {
        try step("create", url)
        try base.createDirectory(at: url)
    }

    func writeNewFile(_ data: Data, to url: URL) throws(ArchiveError) {
        if failsNow() {
            // A failure in the middle of a file leaves half of it, as a full disk does.
            try? base.writeNewFile(data.prefix(data.count / 2), to: url)
            throw Self.failure("write", url)
        }
        try base.writeNewFile(data, to: url)
    }

    func moveDirectory(at source: URL, to destination: URL) throws(ArchiveError) {
        try step("rename", destination)
        try base.moveDirectory(at: source, to: destination)
    }

    func removeItem(at url: URL) throws(ArchiveError) {
        try step("remove", url)
        try base.removeItem(at: url)
    }

    func synchronizeDirectory(at url: URL) throws(ArchiveError) {
        try step("flush", url)
        try base.synchronizeDirectory(at: url)
    }

    func withExclusiveLock<T>(at lockFile: URL, _ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
        try base.withExclusiveLock(at: lockFile, body)
    }
}
