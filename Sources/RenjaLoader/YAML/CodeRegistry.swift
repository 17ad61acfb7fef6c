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

        /// Whether this is an indicator measured in percent. Read when `register` files the
        /// code's `Summary` and by `isPercentIndicator(_:)` for a spec target; always inlined,
        /// so that it reads the entry in place (a call copied the whole entry first).
        var isPercentIndicator: Bool {
            @inline(__always) get { kind == .indikator && satuan == "%" }
        }
    }

    /// Each code's ordinal, its place in `entries` and in `rowFacts`. The values are ordinals,
    /// not entries: a realisation row reads its code's `Summary` in place in `rowFacts`, where
    /// a dictionary of entries handed out a copy of the whole entry (its strings retained and
    /// released) for every row.
    private var ordinals: [String: Int] = [:]
    /// The entries in registration order.
    private var entries: [Entry] = []
    /// What a realisation row asks of its code, by ordinal: the code itself, to recognise a
    /// row's code by its bytes (`summary(ofUTF8:ifRegisteredAt:)`), and its `Summary`, plain
    /// values (read from `entries`, the entry's array and its unit were retained and released
    /// every row). One array: every copy of the registry retains and releases each of its arrays.
    private var rowFacts: [RowFacts] = []

    /// What a realisation row needs to know of its code.
    struct Summary {
        var kind: Kind
        /// Whether the code is an indicator measured in percent.
        var isPercentIndicator: Bool
        /// The code's `Entry.ordinal`.
        var ordinal: Int
    }

    /// A struct, not a tuple: the first array of a tuple type instantiated the tuple's
    /// metadata at run time (~35,000 instructions a process).
    private struct RowFacts {
        var code: String
        var summary: Summary
    }
    /// The sorted code lists already asked for. A spec or CSV with thousands of unknown codes
    /// asks for the same list thousands of times, and sorting every code each time made
    /// loading quadratic. Copies of the registry share it until one registers a code, which
    /// empties it (in place when no other copy holds it, else by taking a new one): no copy
    /// sees a stale list.
    private var sortedCodes = SortedCodes()

    /// Kinds are asked for in lists (`[.indikator, .kegiatan]`), not sets: the first `Set<Kind>`
    /// of a process costs a runtime look-up of `Kind: Hashable` (and a set as a dictionary key
    /// another one), about 350,000 instructions each, more than all the look-ups here. The
    /// callers ask for a handful of distinct lists, so the cache is searched in order.
    private final class SortedCodes {
        var byKinds: [(kinds: [Kind], codes: [String])] = []
    }

    /// Records `code`, or returns the error for a code already defined.
    mutating func register(_ code: String, as entry: consuming Entry) -> Diagnostic? {
        // One hashing of the code finds the first code's ordinal or stores the new one: the
        // defaulted subscript inserts its default when the code is absent.
        let ordinal = entries.count
        let found = Self.existingOrInserted(&ordinals[code, default: ordinal])
        guard found == ordinal else {
            let first = entries[found]
            return .error("duplicate code '\(code)': already the code of the \(first.kind.rawValue) at line \(first.location.line)",
                          at: entry.location)
        }
        entry.ordinal = ordinal
        rowFacts.append(RowFacts(code: code, summary: Summary(kind: entry.kind, isPercentIndicator: entry.isPercentIndicator, ordinal: ordinal)))
        // Taken and moved into the array: a copy retained the entry's strings, and releasing
        // the original released them again.
        entries.append(consume entry)
        // Emptied in place when no copy shares it: most registrations happen before any list
        // is asked for, and a new cache each time cost an allocation per code.
        if isKnownUniquelyReferenced(&sortedCodes) {
            if !sortedCodes.byKinds.isEmpty { sortedCodes.byKinds.removeAll() }
        } else {
            sortedCodes = SortedCodes()
        }
        return nil
    }

    /// The value an `inout` access of a defaulted subscript reaches: the one already stored,
    /// or the default the access has just inserted.
    private static func existingOrInserted(_ value: inout Int) -> Int { value }

    subscript(code: String) -> Entry? { ordinals[code].map { entries[$0] } }

    /// What a realisation row needs to know of `code`; `nil` for a code not registered.
    func summary(of code: String) -> Summary? {
        guard let ordinal = ordinals[code] else { return nil }
        return rowFacts[ordinal].summary
    }

    /// `summary(of:)` with the code itself, for the code whose UTF-8 is `bytes` when it is the
    /// code registered at `ordinal` byte for byte; `nil` otherwise (the caller then looks the
    /// code up by its text, which also finds canonically equivalent spellings). A realisation
    /// CSV lists its codes in about the spec's order, so a row's code is mostly found where
    /// the caller guesses it without hashing it, and without a string of its own: hashing and
    /// making one cost ~750 instructions a row.
    func summary(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, ifRegisteredAt ordinal: Int) -> (code: String, summary: Summary)? {
        guard rowFacts.indices.contains(ordinal) else { return nil }
        var code = rowFacts[ordinal].code
        guard code.utf8.count == bytes.count, code.withUTF8({ Self.equal($0, bytes) }) else { return nil }
        return (code, rowFacts[ordinal].summary)
    }

    /// Whether two buffers of the same length hold the same bytes; a loop over the buffers
    /// (`elementsEqual` went through two iterators, ~260 instructions a code).
    private static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in first.indices where first[index] != second[index] { return false }
        return true
    }

    /// How many codes are registered: every `Entry.ordinal` is below it.
    var count: Int { entries.count }

    /// The codes of one kind, for "did you mean" hints.
    func codes(of kinds: [Kind]) -> [String] {
        if let cached = sortedCodes.byKinds.first(where: { $0.kinds == kinds }) { return cached.codes }
        let codes = ordinals.filter { kinds.contains(entries[$0.value].kind) }.keys.sorted()
        sortedCodes.byKinds.append((kinds, codes))
        return codes
    }

    /// The error for a reference to `code` that is not a code of the expected kinds.
    func checkReference(_ code: String, to kinds: [Kind], at location: SourceLocation) -> Diagnostic? {
        if let entry = self[code], kinds.contains(entry.kind) { return nil }
        let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
        if let entry = self[code] {
            return .error("'\(code)' is a \(entry.kind.rawValue) code, expected a \(expected) code", at: location)
        }
        return .error("unknown \(expected) code '\(code)'" + Suggestion.hint(for: code, among: codes(of: kinds)), at: location)
    }

    /// Whether `code` is an indicator measured in percent.
    func isPercentIndicator(_ code: String) -> Bool {
        self[code]?.isPercentIndicator ?? false
    }
}
