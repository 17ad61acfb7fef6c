import Foundation
import RenjaSynthetic

/// `renja generate --count N --seed S DIR` (hidden): writes synthetic projects for batch
/// tests and benchmarks. Not for users: every figure in them is invented.
struct GenerateCommand {
    static let defaultCount = 10
    static let defaultSeed: UInt64 = 1
    static let directoryArgument = CommandLineArgument("directory", help: "The folder to write proyek-0001, proyek-0002, ... into.")
    static let countOption = CommandLineOption.option("count", defaultValue: "\(defaultCount)", help: "How many projects.")
    static let seedOption = CommandLineOption.option("seed", defaultValue: "\(defaultSeed)", help: "The seed: the same seed gives the same projects.")

    static let spec = CommandSpec(
        name: "generate",
        abstract: "Write synthetic projects (for benchmarks and tests).",
        arguments: [directoryArgument],
        options: [countOption, seedOption],
        isHidden: true
    )

    var directory: String
    var count: Int
    var seed: UInt64

    /// The command as `commandLine` gives it, or which number is not one.
    init(_ commandLine: ParsedCommandLine) throws(UsageError) {
        directory = commandLine.requiredValue(of: Self.directoryArgument)
        count = try commandLine.number(of: Self.countOption, as: Int.self) ?? Self.defaultCount
        seed = try commandLine.number(of: Self.seedOption, as: UInt64.self) ?? Self.defaultSeed
    }

    func run() throws {
        let folders = try SyntheticProjectGenerator(seed: seed).writeProjects(count: count, into: URL(fileURLWithPath: directory))
        print("\(folders.count) projects written into \(directory)")
    }
}
