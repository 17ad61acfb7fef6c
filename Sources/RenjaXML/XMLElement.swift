/// An XML element as a plain value: what writers build and what the parser returns. Text in it
/// is never markup: libxml2 escapes it when serializing.
public struct XMLElement: Equatable, Sendable {
    /// One attribute; order is kept so that output is deterministic and reads as written.
    public struct Attribute: Equatable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var name: String
    /// The namespace URI this element declares as its default (`xmlns="..."`), if any;
    /// children inherit it unless they declare their own.
    public var namespace: String?
    public var attributes: [Attribute]
    public var children: [XMLNode]
    /// Where a parsed element starts; `nil` for built elements.
    public var position: XMLPosition?

    public init(
        _ name: String, namespace: String? = nil, attributes: [Attribute] = [], children: [XMLNode] = [],
        position: XMLPosition? = nil
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.position = position
    }

    /// The value of the attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
