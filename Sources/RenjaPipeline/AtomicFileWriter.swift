import Foundation

/// Writes files so that a reader sees either the old file or the complete new one, never a
/// half-written one: each file is written to a temporary name in the same folder, flushed
/// to disk and renamed over the target.
public struct AtomicFileWriter: Sendable {
    public init() {}

    /// Writes every file of `files` (name -> contents) into `directory`, creating the folder.
    /// All contents are ready before the first byte is written, so bad input writes nothing.
    public func write(_ files: [(name: String, contents: Data)], into directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files {
            try write(file.contents, to: directory.appendingPathComponent(file.name))
        }
    }

    /// Writes one file atomically.
    public func write(_ contents: Data, to destination: URL) throws {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw OutputError.cannotWrite(directory.path)
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: contents)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(destination.path)
        }
        if rename(temporary.path, destination.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(destination.path)
        }
    }
}
