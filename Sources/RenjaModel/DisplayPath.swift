import Foundation

/// How diagnostics name an input file: relative to the current directory when the file lies
/// below it (`input/x/renja.yaml:41:9`, clickable in a terminal and short), else absolute.
/// One rule for every input (spec, CSVs, templates), so that messages read alike.
public enum DisplayPath {
    public static func of(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
