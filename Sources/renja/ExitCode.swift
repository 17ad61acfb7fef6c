/// The status `renja` exits with, thrown by a command to end the process: 0 success, 1 a
/// failed command (bad input, a failed build, a changed archive), 64 a usage error.
struct ExitCode: Error, Equatable {
    let rawValue: Int32

    static let success = ExitCode(rawValue: 0)
    static let failure = ExitCode(rawValue: 1)
    /// EX_USAGE from sysexits.h: the command line itself is wrong.
    static let usage = ExitCode(rawValue: 64)
}
