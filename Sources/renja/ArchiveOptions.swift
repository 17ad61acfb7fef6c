import Foundation
import RenjaArchive

/// `--archive DIR`: the archive root shared by build, history, verify and diff.
struct ArchiveOptions {
    static let defaultRoot = "output"
    static let rootOption = CommandLineOption.option("archive", defaultValue: defaultRoot, help: "The archive root.")

    var root: String

    init(_ commandLine: ParsedCommandLine) {
        root = commandLine.value(of: Self.rootOption) ?? Self.defaultRoot
    }

    var archive: Archive { Archive(root: URL(fileURLWithPath: root)) }
}
