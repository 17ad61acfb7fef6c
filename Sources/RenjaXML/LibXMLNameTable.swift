/// What `XMLByteWriter` has worked out about each distinct name (validity, interned copy,
/// classification), so that a name recurring thousands of times is examined once.
///
/// Names come in runs (sibling `entry`s and `td`s, `colname` on every entry), so the last
/// name looked up is compared first: for the short names markup uses that is a comparison of
/// two machine words, where hashing into the dictionary costs a few hundred instructions.
struct LibXMLNameTable<Facts> {
    private var known: [String: Facts] = [:]
    // The names and their facts are kept apart, not as optional (name, facts) pairs:
    // unwrapping such a pair copied its string, a retain and a release on every lookup.
    // A name's facts are `nil` until a name is looked up there.
    private var lastName = ""
    private var lastFacts: Facts?
    /// The name looked up before `lastName`, if it was another: names also alternate (`row`
    /// and `entry`, `entry` and `para`), and a miss costs a dictionary lookup (hashing).
    private var previousName = ""
    private var previousFacts: Facts?

    /// The facts about `name` if it is one of the two names looked up last: what a caller
    /// tries first when working out what `make` needs costs more than this (a retain and a
    /// release of each value it captures). Inlined into every caller, a few comparisons: as a
    /// call it cost 1.4 M instructions more on a generated project.
    @inline(__always)
    mutating func recentFacts(for name: String) -> Facts? {
        if name == lastName, let lastFacts {
            return lastFacts
        }
        if name == previousName, let previousFacts {
            swap(&lastName, &previousName)
            swap(&lastFacts, &self.previousFacts)
            return previousFacts
        }
        return nil
    }

    /// The facts about `name`; `make` works them out on the name's first use, and a name
    /// it rejects (by throwing) is not remembered.
    mutating func facts(
        for name: String, orMake make: (String) throws(XMLSerializationError) -> Facts
    ) throws(XMLSerializationError) -> Facts {
        if let facts = recentFacts(for: name) {
            return facts
        }
        return try factsNotRecent(for: name, orMake: make)
    }

    /// `facts(for:orMake:)` for a name `recentFacts(for:)` has just not found, without
    /// comparing it with the recent names again.
    mutating func factsNotRecent(
        for name: String, orMake make: (String) throws(XMLSerializationError) -> Facts
    ) throws(XMLSerializationError) -> Facts {
        let facts: Facts
        if let known = known[name] {
            facts = known
        } else {
            facts = try make(name)
            known[name] = facts
        }
        previousName = lastName
        previousFacts = lastFacts
        lastName = name
        lastFacts = facts
        return facts
    }
}
