import Foundation
import RenjaArchive

/// `renja verify [PROJECT]`: recheck every manifest hash and total; exit 1 when any file changed or
/// when there is no version to check.
struct VerifyCommand {
    static let projectArgument = CommandLineArgument("project", .optional, namesProjects: true, help: "The project folder or its renja.yaml (default: every version under the archive root).")

    static let spec = CommandSpec(
        name: "verify",
        abstract: "Recheck the SHA-256 of every archived file and the totals of each manifest; name each file changed, removed or added since archiving.",
        arguments: [projectArgument],
        options: [ArchiveOptions.rootOption]
    )

    var project: String?
    var archiveOptions: ArchiveOptions

    init(_ commandLine: ParsedCommandLine) {
        project = commandLine.value(of: Self.projectArgument)
        archiveOptions = ArchiveOptions(commandLine)
    }

    func run() throws {
        let archive = archiveOptions.archive
        var problemCount = 0
        do {
            let searched: URL
            let versions: [ArchivedVersion]
            if let project {
                searched = try archive.yearDirectory(ofProjectAt: URL(fileURLWithPath: project))
                versions = try archive.versions(in: searched)
            } else {
                (searched, versions) = (archive.root, try archive.allVersions())
            }
            // Checking nothing proves nothing: a mistyped archive root or a project whose spec
            // now names another OPD or year must not pass as verified.
            guard !versions.isEmpty else { throw ArchiveError.noVersions(searched.path) }
            for version in versions {
                let problems = try VersionVerifier(fileSystem: archive.fileSystem).problems(in: version)
                for problem in problems {
                    print("\(version.directory.path): \(problem)")
                }
                problemCount += problems.count
            }
            print("\(versions.count) version\(versions.count == 1 ? "" : "s") checked, "
                  + "\(problemCount) file\(problemCount == 1 ? "" : "s") changed, removed or added")
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        if problemCount > 0 {
            throw ExitCode.failure
        }
    }
}
