import Foundation
import RenjaModel

/// Loads a project folder (`renja.yaml` and the realisation CSVs it names) into a `Plan`,
/// collecting every problem as a positioned diagnostic. The only stage that reads files.
public struct ProjectLoader: Sendable {
    /// The plan spec's name inside a project folder.
    public static let specFileName = "renja.yaml"
    /// The rules the spec is read under: today's, or an archived copy's.
    public var rules: SpecRules

    public init(rules: SpecRules = .current) {
        self.rules = rules
    }

    /// Reads and checks the project in `directory`. Paths in diagnostics are relative to the
    /// current directory when the project lies below it (`input/x/renja.yaml:41:9`).
    public func load(projectAt directory: URL) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var inputFiles: [URL] = []
        let specURL = directory.appendingPathComponent(Self.specFileName)
        let specPath = DisplayPath.of(specURL)
        guard let bytes = read(specURL, as: specPath, in: directory, into: &diagnostics, at: nil) else {
            return LoadResult(plan: nil, diagnostics: diagnostics, inputFiles: inputFiles)
        }
        inputFiles.append(specURL)
        guard let spec = readSpec(bytes, path: specPath, into: &diagnostics) else {
            return LoadResult(plan: nil, diagnostics: diagnostics, inputFiles: inputFiles)
        }
        var plan = spec.plan
        var realisasi = Realisasi()
        let csvs: [(RealisasiFiles.Reference?, RealisasiReader.Kind)] = [(spec.files.triwulan, .triwulan), (spec.files.sampaiTahunLalu, .sampaiTahunLalu)]
        for case let (reference?, kind) in csvs {
            let url = directory.appendingPathComponent(reference.path)
            let path = DisplayPath.of(url)
            guard let bytes = read(url, as: path, in: directory, into: &diagnostics, at: reference.location) else { continue }
            inputFiles.append(url)
            let entries = readRealisasi(bytes, path: path, kind: kind, spec: spec.reader, into: &diagnostics)
            switch kind {
            case .triwulan: realisasi.triwulan = entries
            case .sampaiTahunLalu: realisasi.sampaiTahunLalu = entries
            }
        }
        plan?.realisasi = realisasi
        return LoadResult(plan: diagnostics.hasErrors ? nil : plan, diagnostics: diagnostics.sortedByLocation(), inputFiles: inputFiles)
    }

    /// The spec's plan (without realisation), the CSVs it names and the reader that knows its
    /// codes; `nil` when the bytes are not UTF-8 or not YAML at all.
    func readSpec(_ bytes: [UInt8], path: String, into diagnostics: inout [Diagnostic]) -> (plan: Plan?, files: RealisasiFiles, reader: SpecReader)? {
        guard let text = decodeUTF8(bytes, path: path, into: &diagnostics) else { return nil }
        let composed = YAMLSource(file: path, text: text).compose()
        diagnostics += composed.diagnostics
        guard let tree = composed.tree else { return nil }
        let reader = SpecReader(file: path, tree: tree, text: text, rules: rules)
        let (plan, files) = reader.readPlan()
        diagnostics += reader.diagnostics
        return (plan, files, reader)
    }

    /// The entries of one realisation CSV, checked against the codes and settings of `spec`.
    func readRealisasi(_ bytes: [UInt8], path: String, kind: RealisasiReader.Kind, spec: SpecReader, into diagnostics: inout [Diagnostic]) -> [RealisasiEntry] {
        let (table, csvDiagnostics) = CSVReader(file: path).read(bytes)
        diagnostics += csvDiagnostics
        guard let table else { return [] }
        let rows = RealisasiReader(
            kind: kind, file: path, tahun: spec.years?.tahun, layout: spec.evaluationLayout, convention: spec.numberConvention,
            codes: spec.codes
        ).read(table)
        diagnostics += rows.diagnostics
        return rows.entries
    }

    /// The largest input file read, in bytes. A plan spec or a realisation CSV is tens of
    /// kilobytes (a large dinas: a few thousand rows); the limit keeps a wrong file (an export
    /// of a whole database, a device) from taking minutes and gigabytes before failing.
    public static let maximumFileSize = 4 << 20

    /// The file's bytes, or `nil` after reporting why it cannot be read (at the spec line
    /// that names it, when there is one). Only regular files inside `project` are read: a
    /// symbolic link may not lead out of the project folder, nor to a device or a pipe.
    private func read(_ url: URL, as path: String, in project: URL, into diagnostics: inout [Diagnostic], at location: SourceLocation?) -> [UInt8]? {
        func refuse(_ reason: String) -> [UInt8]? {
            diagnostics.append(.error("cannot read '\(path)': \(reason)", at: location))
            return nil
        }
        let resolved = url.resolvingSymlinksInPath()
        let projectPath = project.resolvingSymlinksInPath().path
        guard resolved.path.hasPrefix(projectPath.hasSuffix("/") ? projectPath : projectPath + "/") else {
            return refuse("it leads outside the project folder")
        }
        // stat(2), not FileManager.attributesOfItem: that also looks up the owner's user and
        // group names, reading /etc/passwd and /etc/group for every file (~1 ms each time).
        var status = stat()
        guard stat(resolved.path, &status) == 0 else { return refuse("no such file") }
        guard status.st_mode & S_IFMT == S_IFREG else { return refuse("it is not a regular file") }
        let limit = "it is larger than the limit of \(Self.maximumFileSize >> 20) MiB"
        if status.st_size > Self.maximumFileSize { return refuse(limit) }
        guard let bytes = Self.contents(of: resolved) else { return refuse("it cannot be read") }
        return bytes.count > Self.maximumFileSize ? refuse(limit) : bytes
    }

    /// The bytes of the file at `url`, at most `maximumFileSize + 1` of them (the size can
    /// change between the check and the read: never read past the limit); `nil` when it cannot
    /// be opened or read.
    static func contents(of url: URL) -> [UInt8]? {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return Array(try handle.read(upToCount: maximumFileSize + 1) ?? Data())
        } catch {
            return nil
        }
    }

    /// The spec as text; a byte-order mark is dropped, anything but UTF-8 is refused.
    private func decodeUTF8(_ bytes: [UInt8], path: String, into diagnostics: inout [Diagnostic]) -> String? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        // One validating pass gives the text; the bytes are searched for the position of the
        // first invalid one only when there is one (checking first, then decoding, validated
        // a valid spec twice).
        if let text = String(validating: body, as: UTF8.self) { return text }
        // `InvalidUTF8.first` validates with `String(validating:)` too, and only then decodes
        // the bytes (the standard UTF-8 decoder, the same well-formedness rules) to find the
        // first invalid one: it returns `nil` only for bytes that validation accepts. Were the
        // two ever to disagree, the spec would be refused with no diagnostic: stop instead.
        guard let invalid = InvalidUTF8.first(in: body) else {
            preconditionFailure("String(validating:) refused bytes in which InvalidUTF8 finds no invalid byte")
        }
        diagnostics.append(.error("\(invalid.problem); save it as UTF-8",
                                  at: SourceLocation(file: path, line: invalid.line, column: invalid.column)))
        return nil
    }
}
