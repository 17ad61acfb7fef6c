import Foundation

/// Writes files so that a reader sees either the old file or the complete new one, never a
/// half-written one: each file is written to a temporary name in the same folder, flushed
/// to disk and renamed over the target.
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

    /// Writes one file atomically.
    public func write(_ contents: Data, to destination: URL) throws(OutputError) {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw OutputError.cannotWrite(directory.path)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: contents)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(destination.path)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(destination.path)
        }
    }
}
