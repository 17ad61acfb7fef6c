import Foundation

/// One version folder of the archive, `<root>/<opd>/<year>/<NNN>-<label>/`.
public struct ArchivedVersion: Equatable, Sendable {
    public var number: Int
    public var directory: URL
    /// `nil` when `manifest.json` is missing or unreadable (`renja verify` says so).
    public var manifest: Manifest?

    public init(number: Int, directory: URL, manifest: Manifest?) {
        self.number = number
        self.directory = directory
        self.manifest = manifest
    }

    /// The folder name, e.g. `002-rancangan-akhir`.
    public var name: String { directory.lastPathComponent }

    /// The folder name of version `number` labelled `label`: the number zero-padded to three
    /// digits so folders sort in order, then the label's slug.
    public static func directoryName(number: Int, label: String) -> String {
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        let slug = Slug.make(label, fallback: "")
        return slug.isEmpty ? padded : padded + "-" + slug
    }

    /// The version number a folder name starts with, or `nil` for any other name.
    public static func number(inDirectoryName name: String) -> Int? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count == name.count || name.dropFirst(digits.count).first == "-" else { return nil }
        return Int(digits)
    }
}
