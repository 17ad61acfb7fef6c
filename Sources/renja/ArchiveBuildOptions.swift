import Foundation
import RenjaArchive
import RenjaPipeline

/// The options of `renja build` that concern the archive, and the build without `--out`: the
/// next archived version. With `--out`, `--archive` and `--compare-with` apply (the archive is
/// only read); `--label` does not.
struct ArchiveBuildOptions {
    static let labelOption = CommandLineOption.option("label", help: "The version's label (default: the spec's 'tahap').")
    static let compareWithOption = CommandLineOption.option("compare-with", help: "An archived version (number or folder) whose pagu comparison the document offers as the block 'tabel-perbandingan' (default for 'tahap: perubahan': the latest 'penetapan'). With --out, the archive is only read.")
    static let options = [ArchiveOptions.rootOption, labelOption, compareWithOption]

    var archiveOptions: ArchiveOptions
    var label: String?
    var compareWith: String?

    init(_ commandLine: ParsedCommandLine) {
        archiveOptions = ArchiveOptions(commandLine)
        label = commandLine.value(of: Self.labelOption)
        compareWith = commandLine.value(of: Self.compareWithOption)
    }

    /// Whether an option that only archiving uses was given (an error beside `--out`).
    var namesArchiveOnlyOptions: Bool { label != nil }

    /// Builds and archives; prints the version folder, or that nothing changed.
    func run(project: String, pipeline: Pipeline, strict: Bool) throws {
        let outcome = ArchivingBuild(pipeline: pipeline, archive: archiveOptions.archive)
            .run(projectAt: URL(fileURLWithPath: project), label: label, compareWith: compareWith, strict: strict)
        DiagnosticPrinter().print(outcome.diagnostics)
        switch outcome.kind {
        case .created(let version):
            print("created version \(version.number): \(version.directory.path)")
        case .unchanged(let version):
            print("unchanged: inputs, templates, renja version, label and compared version equal version \(version.number) "
                  + "(\(version.directory.path)); nothing created")
        case .failed(let error):
            if let error {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
            throw ExitCode.failure
        }
    }
}
