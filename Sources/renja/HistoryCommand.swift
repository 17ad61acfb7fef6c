import Foundation
import RenjaArchive
import RenjaCompute

/// `renja history PROJECT`: the archived versions with label, date and totals.
struct HistoryCommand {
    static let spec = CommandSpec(
        name: "history",
        abstract: "List the archived versions of a project: label, date, belanja langsung n and pagu n+1.",
        arguments: [.project],
        options: [ArchiveOptions.rootOption]
    )

    var project: String
    var archiveOptions: ArchiveOptions

    init(_ commandLine: ParsedCommandLine) {
        project = commandLine.requiredValue(of: .project)
        archiveOptions = ArchiveOptions(commandLine)
    }

    func run() throws {
        let archive = archiveOptions.archive
        let searched: URL
        let versions: [ArchivedVersion]
        do {
            searched = try archive.yearDirectory(ofProjectAt: URL(fileURLWithPath: project))
            versions = try archive.versions(in: searched)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        guard !versions.isEmpty else {
            // The folder searched says which OPD and year the spec names now.
            print("no archived versions in \(searched.path)")
            return
        }
        let formatter = RenjaFormatter()
        let dates = ISO8601DateFormatter()
        let labelWidth = versions.map { $0.manifest?.label.count ?? 0 }.max() ?? 0
        for version in versions {
            guard let manifest = version.manifest else {
                print("\(version.name)  (manifest missing or unreadable: run 'renja verify')")
                continue
            }
            let n = manifest.tahun
            print([
                String(format: "%3d", manifest.version),
                (manifest.label.isEmpty ? "-" : manifest.label).padding(toLength: max(labelWidth, 1), withPad: " ", startingAt: 0),
                dates.string(from: manifest.createdAt),
                "belanja langsung \(n): \(formatter.money(manifest.totals.belanjaLangsungMoney))",
                "pagu \(n + 1): \(formatter.money(manifest.totals.paguNPlus1Money))",
            ].joined(separator: "  ")
                // Two versions of equal inputs differ in the version their comparison is with.
                + (manifest.comparedWith.map { "  compared with \($0)" } ?? ""))
        }
    }
}
