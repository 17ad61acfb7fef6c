/// "Did you mean" hints for near misses: a key, a code or a column name one or two edits away
/// from a known one.
public enum Suggestion {
    /// The known word closest to `word`, when it is close enough to be a plausible typo.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (word: String, distance: Int)?
        let lowered = word.lowercased()
        let length = lowered.unicodeScalars.count
        for candidate in candidates {
            let loweredCandidate = candidate.lowercased()
            // The distance is at least the difference in length: most candidates need no table.
            guard abs(loweredCandidate.unicodeScalars.count - length) <= limit else { continue }
            let distance = editDistance(lowered, loweredCandidate)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.word
    }

    /// `"; did you mean 'x'?"`, or an empty string when nothing is close.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over unicode scalars.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars)
        let right = Array(rhs.unicodeScalars)
        var previous = Array(0...right.count)
        for (i, leftScalar) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, rightScalar) in right.enumerated() {
                let substitution = previous[j] + (leftScalar == rightScalar ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            previous = current
        }
        return previous[right.count]
    }
}
