/// What `XMLByteWriter` has worked out about each distinct name (validity, interned copy,
/// classification), so that a name recurring thousands of times is examined once.
///
/// Names come in runs (sibling `entry`s and `td`s, `colname` on every entry), so the last
/// name looked up is compared first: for the short names markup uses that is a comparison of
/// two machine words, where hashing into the dictionary costs a few hundred instructions.
struct LibXMLNameTable<Facts> {
    private var known: [String: Facts] = [:]
    private var last: (name: String, facts: Facts)?
    /// The name looked up before `last`, if it was another: names also alternate (`row` and
    /// `entry`, `entry` and `para`), and a miss costs a dictionary lookup (hashing the name).
    private var previous: (name: String, facts: Facts)?

    /// The facts about `name`; `make` works them out on the name's first use, and a name
    /// it rejects (by throwing) is not remembered.
    mutating func facts(
        for name: String, orMake make: (String) throws(XMLSerializationError) -> Facts
    ) throws(XMLSerializationError) -> Facts {
        if let last, last.name == name {
            return last.facts
        }
        if let previous, previous.name == name {
            swap(&last, &self.previous)
            return previous.facts
        }
        let facts: Facts
        if let known = known[name] {
            facts = known
        } else {
            facts = try make(name)
            known[name] = facts
        }
        previous = last
        last = (name, facts)
        return facts
    }
}
