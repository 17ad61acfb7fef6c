import Foundation
import XCTest

/// Runs the real `renja` executable, the one `swift test` builds beside the test bundle, so
/// that tests cover the command line: argument parsing, exit codes, printing, writing.
struct RenjaProcess {
    /// What one run printed and returned.
    struct Run {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String
    }

    static let repository = Repository.root
    static let templates = Repository.templates
    static let minimalExample = repository.appendingPathComponent("docs/examples/minimal")

    /// `renja` beside the test bundle (`.build/debug/renja`, or the sanitizer build's own).
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("renja")
    }

    /// Runs `renja arguments...` in `directory`, with the repository's default templates
    /// (`--templates`) unless `namingTemplates` is false: commands that take no templates
    /// (history, verify, generate) and the root command refuse the option.
    static func run(_ arguments: [String], in directory: URL, namingTemplates: Bool = true) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = namingTemplates ? arguments + ["--templates", templates.path] : arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child forever.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(exitCode: process.terminationStatus,
                   standardOutput: String(decoding: outputData, as: UTF8.self),
                   standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("renja-hostile-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
