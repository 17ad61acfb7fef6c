import RenjaXML

/// An attribute whose value is spelled from a small number (`colname="c3"`, `colspan="2"`),
/// with the values of the common numbers prepared once in one writer: table cells write these
/// on nearly every element, and a prepared attribute is copied where another is looked up,
/// checked and escaped on every call. A number outside them is spelled and written as usual.
struct NumberedAttribute {
    private let name: String
    private let spelled: (Int) -> String
    /// The numbers whose attributes are prepared.
    private let preparedNumbers: ClosedRange<Int>
    /// The attribute for each of `preparedNumbers`, in order: the owner of the attributes
    /// `lent` refers to, kept for that alone (nothing else reads it). Removing it would leave
    /// `lent` pointing at freed attributes.
    private let prepared: [XMLPreparedAttribute]
    /// The same attributes, read without a retain: `prepared` keeps them alive. Handing one
    /// over from `prepared` retained and released it on every table cell.
    private let lent: [Unmanaged<XMLPreparedAttribute>]

    /// `name` with the value `spelled(number)`, prepared in `out` for each number of `preparedNumbers`.
    init(
        _ name: String, prepared preparedNumbers: ClosedRange<Int>, in out: XMLMarkupWriter,
        spelled: @escaping (Int) -> String
    ) {
        self.name = name
        self.spelled = spelled
        self.preparedNumbers = preparedNumbers
        prepared = preparedNumbers.map { out.prepare(name, spelled($0)) }
        lent = prepared.map { Unmanaged.passUnretained($0) }
    }

    /// Adds the attribute with the value for `number` to the element just started in `out`.
    func write(_ number: Int, into out: XMLMarkupWriter) {
        if preparedNumbers.contains(number) {
            lent[number - preparedNumbers.lowerBound]._withUnsafeGuaranteedRef { out.attribute($0) }
        } else {
            out.attribute(name, spelled(number))
        }
    }
}
