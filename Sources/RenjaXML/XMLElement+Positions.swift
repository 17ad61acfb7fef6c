extension XMLElement {
    /// The same tree with every element and text position removed, to compare a parsed tree
    /// with a built one.
    public func removingPositions() -> XMLElement {
        var element = self
        element.position = nil
        element.children = children.map { child in
            switch child {
            case let .element(childElement): .element(childElement.removingPositions())
            case let .text(text, _): .text(text)
            }
        }
        return element
    }
}
