/// The one summary of a batch: how many projects ended which way, and how long it took.
public struct BatchSummary: Equatable, Sendable, CustomStringConvertible {
    public var built = 0
    public var unchanged = 0
    public var failed = 0
    /// Wall time of the whole batch in seconds.
    public var seconds = 0.0

    public init() {}

    public var total: Int { built + unchanged + failed }

    /// Whether any project failed: the batch's exit code.
    public var hasFailures: Bool { failed > 0 }

    mutating func count(_ status: BatchProjectResult.Status) {
        switch status {
        case .built: built += 1
        case .unchanged: unchanged += 1
        case .failed: failed += 1
        }
    }

    public var description: String {
        let rate = seconds > 0 ? Double(total) / seconds : 0
        let timing = "\((seconds * 10).rounded() / 10) s, \(Int(rate.rounded())) documents/s"
        return "\(total) projects: \(built) built, \(unchanged) unchanged, \(failed) failed (\(timing))"
    }
}
