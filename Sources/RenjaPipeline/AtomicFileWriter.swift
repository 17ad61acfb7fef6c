import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader sees either the old file or the complete new one, never a
/// half-written one: each file is written to a temporary name in the same folder and
/// renamed over the target. A file that already holds exactly the new contents is left
/// alone, so a regeneration after a budget revision touches (and changes the modification
/// time of) only the documents that changed.
public struct AtomicFileWriter: Sendable {
    public init() {}

    /// Writes every output into `directory`, creating the folder, and returns the names of
    /// the files it wrote (those already equal byte for byte are not rewritten). The outputs
    /// are complete in memory before the first byte is written, so bad input writes nothing.
    @discardableResult
    public func write(_ outputs: [BuildOutput], into directory: URL) throws(OutputError) -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .notADirectory(directory.path)
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(directory.path)
        }
        var written: [String] = []
        for output in outputs {
            let destination = directory.appendingPathComponent(output.name)
            if Self.file(at: destination.path, holds: output.contents) { continue }
            try write(output.contents, to: destination)
            written.append(output.name)
        }
        return written
    }

    /// Whether the regular file at `path` holds exactly `contents`. The size is compared
    /// first, so a changed document is usually told apart without reading it.
    private static func file(at path: String, holds contents: Data) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == contents.count else {
            return false
        }
        return FileManager.default.contents(atPath: path) == contents
    }

    /// Writes one file atomically. The file is not flushed to the disk before the rename:
    /// outputs can be built again, and on ext4 replacing a file by rename already orders the
    /// data before the new name (auto_da_alloc). Flushing cost 5-15 ms per document on this
    /// machine's disk, more than building it (docs/performance.md). The archive, which must
    /// survive a power cut, flushes every file (RenjaArchive's LocalFileSystem).
    public func write(_ contents: Data, to destination: URL) throws(OutputError) {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard NewFile.write(contents, to: temporary.path, synchronize: false) == nil else {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(destination.path)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(destination.path)
        }
    }
}
