import Foundation
import RenjaModel
import RenjaPipeline

/// Shows a batch as it runs: on a terminal one progress bar on standard error, redrawn in
/// place; otherwise one plain line per project on standard output (for logs and CI).
/// Diagnostics go to standard error either way, above the bar.
final class BatchProgressDisplay: @unchecked Sendable {
    // Called only from BatchBuilder's report, which serializes the calls.
    private let total: Int
    private let isTerminal: Bool
    private let barWidth = 30

    init(total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.isTerminal = isTerminal
    }

    func show(_ result: BatchProjectResult, ended: Int) {
        if isTerminal {
            writeError("\r\u{1B}[K")
        }
        DiagnosticPrinter().print(result.diagnostics)
        let name = result.job.project.lastPathComponent
        guard isTerminal else {
            print("\(result.status.rawValue) \(result.job.project.path)")
            return
        }
        let filled = total > 0 ? barWidth * ended / total : barWidth
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
        writeError("[\(bar)] \(ended)/\(total) \(name)")
    }

    /// Clears the bar before the summary is printed.
    func finish() {
        if isTerminal {
            writeError("\r\u{1B}[K")
        }
    }

    private func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
