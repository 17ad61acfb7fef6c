import ArgumentParser
import Foundation
import RenjaSynthetic

/// `renja generate --count N --seed S DIR` (hidden): writes synthetic projects for batch
/// tests and benchmarks. Not for users: every figure in them is invented.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic projects (for benchmarks and tests).",
        shouldDisplay: false
    )

    @Argument(help: "The folder to write proyek-0001, proyek-0002, ... into.")
    var directory: String

    @Option(help: "How many projects.")
    var count = 10

    @Option(help: "The seed: the same seed gives the same projects.")
    var seed: UInt64 = 1

    func run() throws {
        let folders = try SyntheticProjectGenerator(seed: seed).writeProjects(count: count, into: URL(fileURLWithPath: directory))
        print("\(folders.count) projects written into \(directory)")
    }
}
