import Foundation

/// What `manifest.json` in a version folder records: which version it is, when and by which
/// renja it was made, its totals (for `renja history`) and the SHA-256 of every file.
/// The build time lives here only, never in the outputs, so equal inputs give equal outputs.
public struct Manifest: Codable, Equatable, Sendable {
    /// The manifest's file name inside a version folder.
    public static let fileName = "manifest.json"
    /// The folder of a version holding the copy of its inputs.
    public static let inputDirectoryName = "input"

    /// 1, 2, 3 ... per OPD and year.
    public var version: Int
    /// The stage (`rancangan akhir`, `penetapan`, `perubahan`) or the `--label` given.
    public var label: String
    public var createdAt: Date
    public var renjaVersion: String
    public var opd: String
    public var tahun: Int
    public var totals: ManifestTotals
    /// Project-relative path (`renja.yaml`, `realisasi/triwulan-2019.csv`, `templates/bab-4.xml`)
    /// -> SHA-256; each is copied to `input/<path>` in the version folder.
    public var inputs: [String: String]
    /// Default template file name -> SHA-256: a changed default template changes the outputs.
    public var defaultTemplates: [String: String]
    /// Output file name (`renja.html`, `renja.xml`) -> SHA-256.
    public var outputs: [String: String]
    /// The folder name of the version whose comparison table the document holds, if any.
    public var comparedWith: String?

    public init(
        version: Int, label: String, createdAt: Date, renjaVersion: String, opd: String, tahun: Int,
        totals: ManifestTotals, inputs: [String: String], defaultTemplates: [String: String], outputs: [String: String],
        comparedWith: String? = nil
    ) {
        self.version = version
        self.label = label
        self.createdAt = createdAt
        self.renjaVersion = renjaVersion
        self.opd = opd
        self.tahun = tahun
        self.totals = totals
        self.inputs = inputs
        self.defaultTemplates = defaultTemplates
        self.outputs = outputs
        self.comparedWith = comparedWith
    }

    /// Every file of the version folder the manifest vouches for (besides itself), by path
    /// relative to the folder, with its SHA-256.
    public var archivedFiles: [String: String] {
        var files = outputs
        for (path, digest) in inputs {
            files[Self.inputDirectoryName + "/" + path] = digest
        }
        return files
    }

    /// Whether a build with `other`'s inputs, templates, renja version, label and compared
    /// version would give this version again (the build time and version number aside).
    public func isSameBuild(as other: Manifest) -> Bool {
        inputs == other.inputs && defaultTemplates == other.defaultTemplates
            && renjaVersion == other.renjaVersion && label == other.label && comparedWith == other.comparedWith
    }

    /// Pretty JSON with sorted keys and ISO 8601 dates, so equal manifests are equal bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain strings, numbers and dates cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The manifest in `data`, or `nil` when it is not one.
    public static func decode(_ data: Data) -> Manifest? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Manifest.self, from: data)
    }
}
