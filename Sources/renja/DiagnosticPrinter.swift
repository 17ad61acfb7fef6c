import Foundation
import RenjaModel

/// Prints diagnostics to standard error as `path:line:column: error: message`, one per line.
struct DiagnosticPrinter {
    /// All in one write: the seed's 35 warnings were 35 system calls.
    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.sortedByLocation().map { "\($0)\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }
}
