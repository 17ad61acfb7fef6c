import Foundation
import RenjaArchive
import RenjaCompute

/// `renja diff PROJECT [A B]`: what changed between two archived versions, in the terminal
/// and as a 'Perbandingan' report (HTML and DocBook) in the newer version's folder.
struct DiffCommand {
    static let versionsArgument = CommandLineArgument("versions", .repeated, help: "Two versions, older then newer (number or folder name; default: the last two).")

    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two archived versions (default: the last two): pagu, targets, indicators, lokasi, sumber dana, texts.",
        arguments: [.project, versionsArgument],
        options: [ArchiveOptions.rootOption] + ResourceOptions.options
    )

    var project: String
    var versions: [String]
    var archiveOptions: ArchiveOptions
    var resources: ResourceOptions

    /// The command as `commandLine` gives it, or why it cannot run.
    init(_ commandLine: ParsedCommandLine) throws(UsageError) {
        project = commandLine.requiredValue(of: .project)
        versions = commandLine.values(of: Self.versionsArgument)
        archiveOptions = ArchiveOptions(commandLine)
        resources = ResourceOptions(commandLine)
        guard versions.isEmpty || versions.count == 2 else {
            throw UsageError("name two versions, or none for the last two")
        }
    }

    func run() throws {
        let pipeline = try resources.preparePipeline()
        let archive = archiveOptions.archive
        do {
            let archived = try archive.versions(ofProjectAt: URL(fileURLWithPath: project))
            let (older, newer) = try pair(among: archived, in: archive)
            let loader = VersionLoader(fileSystem: archive.fileSystem)
            let before = try loader.load(older)
            let after = try loader.load(newer)
            let comparison = PlanComparer(formatter: RenjaFormatter(settings: after.plan.settings)).compare(before, after)
            print(ComparisonText(formatter: RenjaFormatter(settings: after.plan.settings)).render(comparison))
            let (files, diagnostics) = ComparisonReportWriter(schema: pipeline.schema)
                .write(comparison, opd: after.plan.opd.nama, settings: after.plan.settings, from: older, into: newer)
            DiagnosticPrinter().print(diagnostics)
            guard diagnostics.isEmpty else { throw ExitCode.failure }
            print("")
            files.forEach { print($0.path) }
        } catch let error as ArchiveError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func pair(among archived: [ArchivedVersion], in archive: Archive) throws(ArchiveError) -> (ArchivedVersion, ArchivedVersion) {
        if versions.count == 2 {
            let (older, newer) = (try archive.version(versions[0], among: archived), try archive.version(versions[1], among: archived))
            // The report is filed in the newer version's folder as "from the older": reversed
            // or equal, it would describe a change that never happened.
            guard older.number < newer.number else { throw .versionsNotInOrder(first: older.name, second: newer.name) }
            return (older, newer)
        }
        guard archived.count >= 2 else { throw .nothingToCompare(archive.root.path) }
        return (archived[archived.count - 2], archived[archived.count - 1])
    }
}
