import Foundation
import RenjaModel

/// Prints diagnostics to standard error as `path:line:column: error: message`, one per line.
struct DiagnosticPrinter {
    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedByLocation() {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
    }
}
