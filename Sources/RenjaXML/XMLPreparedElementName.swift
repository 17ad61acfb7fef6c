/// An element name that `XMLMarkupWriter.prepareElement(_:)` checked and interned once, for an
/// element started thousands of times (`entry`, `td`): starting it uses what the writer worked
/// out about the name, where `startElement(name)` looks the name up among the names written
/// so far on every call.
///
/// It starts exactly what `startElement(name)` starts, and tells the observer the same. One
/// whose name the writer refuses, or given to another writer than the one that prepared it,
/// is started as `startElement(name)`, which reports the same error there.
///
/// A class, as `XMLPreparedAttribute` is: a struct holding the name and the buffer would be
/// retained and released on every copy.
public final class XMLPreparedElementName {
    /// What the preparing writer made of a name it accepts.
    struct Accepted {
        /// The buffer of the writer that prepared it, which holds the name's markup: kept
        /// alive by this, and compared by identity with the writer's own.
        let output: LibXMLOutputBuffer
        let facts: XMLByteWriter.ElementName
    }

    let name: String
    /// `nil` when the writer refuses the name.
    let accepted: Accepted?

    init(name: String, accepted: Accepted?) {
        self.name = name
        self.accepted = accepted
    }
}
