/// Why writing the outputs failed; printed to the user as it is.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// The path exists and is not a folder.
    case notADirectory(String)
    /// The folder or file cannot be created or written.
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .notADirectory(let path): return "output path '\(path)' exists and is not a folder"
        case .cannotWrite(let path): return "cannot write '\(path)'"
        }
    }
}
