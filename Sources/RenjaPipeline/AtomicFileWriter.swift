import Foundation

/// Writes files so that a reader sees either the old file or the complete new one, never a
/// half-written one: each file is written to a temporary name in the same folder and
/// renamed over the target.
public struct AtomicFileWriter: Sendable {
    public init() {}

    /// Writes every output into `directory`, creating the folder. The outputs are complete in
    /// memory before the first byte is written, so bad input writes nothing.
    public func write(_ outputs: [BuildOutput], into directory: URL) throws(OutputError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .notADirectory(directory.path)
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(directory.path)
        }
        for output in outputs {
            try write(output.contents, to: directory.appendingPathComponent(output.name))
        }
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
