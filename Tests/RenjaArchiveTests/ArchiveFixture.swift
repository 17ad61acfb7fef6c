import Foundation
import RenjaArchive
import RenjaPipeline
import XCTest

/// A scratch copy of the Jatiroto project and an empty archive root, and the pipeline to build them.
struct ArchiveFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Prepared once: parsing the templates and the schema is the slow part.
    static let pipeline: Pipeline? = Pipeline.prepare(templatesDirectory: repository.appendingPathComponent("templates")).0

    let scratch: URL
    let project: URL
    let root: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("renja-archive-tests-\(UUID().uuidString)")
        project = scratch.appendingPathComponent("jatiroto-2020")
        root = scratch.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("input/jatiroto-2020"), to: project)
    }

    func remove() {
        try? FileManager.default.removeItem(at: scratch)
    }

    func pipeline() throws -> Pipeline {
        try XCTUnwrap(Self.pipeline, "the default templates or the DocBook schema did not load")
    }

    /// An archiving build at a fixed time, through `fileSystem`.
    func builder(fileSystem: any ArchiveFileSystem = LocalFileSystem(), at date: Date = Date(timeIntervalSince1970: 1_600_000_000)) throws -> ArchivingBuild {
        ArchivingBuild(pipeline: try pipeline(), archive: Archive(root: root, fileSystem: fileSystem), clock: { date })
    }

    /// The folder holding Jatiroto's 2020 versions.
    var yearDirectory: URL { root.appendingPathComponent("kecamatan-jatiroto/2020") }

    /// Replaces the only occurrence of `old` in a project file.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let url = project.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "'\(old)' must occur once in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }
}

extension ArchiveOutcome.Kind {
    /// The version created, or `nil`.
    var created: ArchivedVersion? {
        if case .created(let version) = self { return version }
        return nil
    }

    /// The latest version found equal, or `nil`.
    var unchanged: ArchivedVersion? {
        if case .unchanged(let version) = self { return version }
        return nil
    }
}
