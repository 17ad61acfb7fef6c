import ArgumentParser
import Foundation
import RenjaArchive

/// `--archive DIR`: the archive root shared by build, history, verify and diff.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .customLong("archive"), help: "The archive root (default: output).")
    var root: String = "output"

    var archive: Archive { Archive(root: URL(fileURLWithPath: root)) }
}
