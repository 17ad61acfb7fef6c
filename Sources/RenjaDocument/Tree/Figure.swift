import RenjaXML

/// A numbered figure: a drawing and its title.
public struct Figure: Equatable, Sendable {
    public var id: String
    /// Assigned by `DocumentNumbering`, e.g. `1.3`... or kept as given.
    public var number: String?
    public var title: String
    /// An `svg` element in the SVG namespace, embedded as it is by both writers.
    public var drawing: XMLElement

    public init(id: String, number: String? = nil, title: String, drawing: XMLElement) {
        self.id = id
        self.number = number
        self.title = title
        self.drawing = drawing
    }
}
