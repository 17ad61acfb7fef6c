import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Creating a file that must not exist yet and writing all of it, through POSIX calls:
/// Foundation's `createFile` writes through a temporary file of its own, and its
/// `FileHandle` hides short writes. Shared by the build's outputs and the archive.
public enum NewFile {
    /// Creates `path` (failing if it exists) holding `data`; with `synchronize`, flushed to the
    /// disk before returning. `nil` on success, else the operation that failed and the
    /// system's reason.
    public static func write(_ data: Data, to path: String, synchronize: Bool) -> (operation: String, reason: String)? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return ("create", reason) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            guard let start = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, start + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        guard written else { return ("write", reason) }
        if synchronize, fsync(descriptor) != 0 { return ("flush", reason) }
        return nil
    }

    private static var reason: String { String(cString: strerror(errno)) }
}
