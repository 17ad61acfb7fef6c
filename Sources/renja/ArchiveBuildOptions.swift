import ArgumentParser
import Foundation
import RenjaArchive
import RenjaPipeline

/// The options of `renja build` without `--out`, and that build: the next archived version.
struct ArchiveBuildOptions: ParsableArguments {
    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(help: "The version's label (default: the spec's 'tahap').")
    var label: String?

    @Option(name: .customLong("compare-with"), help: "An archived version (number or folder) whose pagu comparison the document offers as the block 'tabel-perbandingan' (default for 'tahap: perubahan': the latest 'penetapan').")
    var compareWith: String?

    /// Whether an option that only archiving uses was given (an error beside `--out`).
    var namesArchiveOnlyOptions: Bool { label != nil || compareWith != nil }

    /// Builds and archives; prints the version folder, or that nothing changed.
    func run(project: String, pipeline: Pipeline, strict: Bool) throws {
        let outcome = ArchivingBuild(pipeline: pipeline, archive: archiveOptions.archive)
            .run(projectAt: URL(fileURLWithPath: project), label: label, compareWith: compareWith, strict: strict)
        DiagnosticPrinter().print(outcome.diagnostics)
        switch outcome.kind {
        case .created(let version):
            print("created version \(version.number): \(version.directory.path)")
        case .unchanged(let version):
            print("unchanged: inputs, templates, renja version and label equal version \(version.number) (\(version.directory.path)); nothing created")
        case .failed(let error):
            if let error {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
            throw ExitCode.failure
        }
    }
}
