import Foundation
import RenjaModel

/// Loads a project folder (`renja.yaml` and the realisation CSVs it names) into a `Plan`,
/// collecting every problem as a positioned diagnostic. The only stage that reads files.
public struct ProjectLoader: Sendable {
    /// The plan spec's name inside a project folder.
    public static let specFileName = "renja.yaml"

    public init() {}

    /// Reads and checks the project in `directory`. Paths in diagnostics are relative to the
    /// current directory when the project lies below it (`input/x/renja.yaml:41:9`).
    public func load(projectAt directory: URL) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var inputFiles: [URL] = []
        let specURL = directory.appendingPathComponent(Self.specFileName)
        let specPath = displayPath(of: specURL)
        guard let bytes = read(specURL, as: specPath, into: &diagnostics, at: nil) else {
            return LoadResult(plan: nil, diagnostics: diagnostics, inputFiles: inputFiles)
        }
        inputFiles.append(specURL)
        guard let text = decodeUTF8(bytes, path: specPath, into: &diagnostics) else {
            return LoadResult(plan: nil, diagnostics: diagnostics, inputFiles: inputFiles)
        }
        let composed = YAMLSource(file: specPath, text: text).compose()
        diagnostics += composed.diagnostics
        guard let root = composed.root else {
            return LoadResult(plan: nil, diagnostics: diagnostics, inputFiles: inputFiles)
        }
        let reader = SpecReader(file: specPath)
        var (plan, files) = reader.readPlan(root)
        diagnostics += reader.diagnostics

        var realisasi = Realisasi()
        let csvs: [(RealisasiFiles.Reference?, RealisasiReader.Kind)] = [(files.triwulan, .triwulan), (files.sampaiTahunLalu, .sampaiTahunLalu)]
        for case let (reference?, kind) in csvs {
            let url = directory.appendingPathComponent(reference.path)
            let path = displayPath(of: url)
            guard let bytes = read(url, as: path, into: &diagnostics, at: reference.location) else { continue }
            inputFiles.append(url)
            let (table, csvDiagnostics) = CSVReader(file: path).read(bytes)
            diagnostics += csvDiagnostics
            guard let table else { continue }
            let rows = RealisasiReader(
                kind: kind, file: path, tahun: reader.years?.tahun, convention: reader.numberConvention, codes: reader.codes
            ).read(table)
            diagnostics += rows.diagnostics
            switch kind {
            case .triwulan: realisasi.triwulan = rows.entries
            case .sampaiTahunLalu: realisasi.sampaiTahunLalu = rows.entries
            }
        }
        plan?.realisasi = realisasi
        return LoadResult(plan: diagnostics.hasErrors ? nil : plan, diagnostics: diagnostics.sortedByLocation(), inputFiles: inputFiles)
    }

    /// The file's bytes, or `nil` after reporting why it cannot be read (at the spec line
    /// that names it, when there is one).
    private func read(_ url: URL, as path: String, into diagnostics: inout [Diagnostic], at location: SourceLocation?) -> [UInt8]? {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "it cannot be read" : "no such file"
            diagnostics.append(.error("cannot read '\(path)': \(reason)", at: location))
            return nil
        }
    }

    /// The spec as text; a byte-order mark is dropped, anything but UTF-8 is refused.
    private func decodeUTF8(_ bytes: [UInt8], path: String, into diagnostics: inout [Diagnostic]) -> String? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let invalid = InvalidUTF8.first(in: body) {
            diagnostics.append(.error("the file is not UTF-8 (byte \(invalid.hex)); save it as UTF-8",
                                      at: SourceLocation(file: path, line: invalid.line, column: invalid.column)))
            return nil
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// `url` relative to the current directory when it lies below it, else absolute.
    private func displayPath(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
