import RenjaModel

/// Every code the spec defines, to catch duplicates where they happen and dangling
/// references once the whole spec is read.
struct CodeRegistry {
    /// What a code names.
    enum Kind: String {
        case tujuan, sasaran, indikator, program, kegiatan
    }

    struct Entry {
        var kind: Kind
        var location: SourceLocation
        /// For indicators: their unit (`%` targets and realisation must lie in 0...100).
        var satuan: String?
        /// For kegiatan indicators: the kegiatan's code.
        var kegiatan: String?
        /// The code's place in registration order (0, 1, ...), set by `register`: a dense
        /// index for per-code tables, cheaper than hashing the code again.
        fileprivate(set) var ordinal = 0

        /// Whether this is an indicator measured in percent.
        var isPercentIndicator: Bool { kind == .indikator && satuan == "%" }
    }

    private(set) var entries: [String: Entry] = [:]
    /// The sorted code lists already asked for. A spec or CSV with thousands of unknown codes
    /// asks for the same list thousands of times, and sorting every code each time made
    /// loading quadratic. A new cache at every registration: copies never share stale lists.
    private var sortedCodes = SortedCodes()

    /// Kinds are asked for in lists (`[.indikator, .kegiatan]`), not sets: the first `Set<Kind>`
    /// of a process costs a runtime look-up of `Kind: Hashable` (and a set as a dictionary key
    /// another one), about 350,000 instructions each, more than all the look-ups here. The
    /// callers ask for a handful of distinct lists, so the cache is searched in order.
    private final class SortedCodes {
        var byKinds: [(kinds: [Kind], codes: [String])] = []
    }

    /// Records `code`, or returns the error for a code already defined.
    mutating func register(_ code: String, as entry: Entry) -> Diagnostic? {
        if let first = entries[code] {
            return .error("duplicate code '\(code)': already the code of the \(first.kind.rawValue) at line \(first.location.line)",
                          at: entry.location)
        }
        var entry = entry
        entry.ordinal = entries.count
        entries[code] = entry
        sortedCodes = SortedCodes()
        return nil
    }

    subscript(code: String) -> Entry? { entries[code] }

    /// How many codes are registered: every `Entry.ordinal` is below it.
    var count: Int { entries.count }

    /// The codes of one kind, for "did you mean" hints.
    func codes(of kinds: [Kind]) -> [String] {
        if let cached = sortedCodes.byKinds.first(where: { $0.kinds == kinds }) { return cached.codes }
        let codes = entries.filter { kinds.contains($0.value.kind) }.keys.sorted()
        sortedCodes.byKinds.append((kinds, codes))
        return codes
    }

    /// The error for a reference to `code` that is not a code of the expected kinds.
    func checkReference(_ code: String, to kinds: [Kind], at location: SourceLocation) -> Diagnostic? {
        if let entry = entries[code], kinds.contains(entry.kind) { return nil }
        let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
        if let entry = entries[code] {
            return .error("'\(code)' is a \(entry.kind.rawValue) code, expected a \(expected) code", at: location)
        }
        return .error("unknown \(expected) code '\(code)'" + Suggestion.hint(for: code, among: codes(of: kinds)), at: location)
    }

    /// Whether `code` is an indicator measured in percent.
    func isPercentIndicator(_ code: String) -> Bool {
        entries[code]?.isPercentIndicator ?? false
    }
}
