/// An attribute whose name and value `XMLMarkupWriter.prepare(_:_:)` checked, escaped and
/// interned once, for a name and value written on thousands of elements (`colname="c3"`,
/// `align="right"`): writing it is one copy of its bytes, where `attribute(_:_:)` looks the
/// name up and checks and escapes the value on every call.
///
/// It writes exactly what `attribute(name, value)` writes, and tells the observer the same.
/// One whose name or value the writer refuses, or given to another writer than the one that
/// prepared it, is written as `attribute(name, value)`, which reports the same error there.
///
/// A class: a struct holding these strings and the buffer cost a retain and a release of
/// each on every copy, more than what preparing saves.
public final class XMLPreparedAttribute {
    /// Where the accepted attribute's bytes are, all in the preparing writer's buffer.
    struct Markup {
        /// ` name="value"`, the value escaped.
        var bytes: LibXMLOutputBuffer.InternedMarkup
        /// ` name="`, interned as the writer interns attribute names: the same pointer for
        /// the same name, what a start tag's duplicate check compares.
        var opening: UnsafePointer<CChar>
        var declaresXLink: Bool
    }

    /// What the preparing writer made of an attribute it accepts. The writer reads its
    /// parts through `accepted?.`, not unwrapping it whole: that copied the buffer and the
    /// observed strings, a retain and a release of each on every attribute written.
    struct Accepted {
        /// The buffer of the writer that prepared it, which holds `markup`'s bytes: kept
        /// alive by this, and compared by identity with the writer's own.
        let output: LibXMLOutputBuffer
        let markup: Markup
        /// What the writer's observer is told, as a one-element array: a start tag whose only
        /// attribute this is hands the array on as it is (`XMLByteWriter.observedAlone`).
        let observed: [XMLMarkupAttribute]
    }

    let name: String
    let value: String
    /// `nil` when the writer refuses the name or the value.
    let accepted: Accepted?

    init(name: String, value: String, accepted: Accepted?) {
        self.name = name
        self.value = value
        self.accepted = accepted
    }
}
