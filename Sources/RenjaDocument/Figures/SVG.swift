import RenjaXML

/// Builders for the few SVG elements the figures draw, as `XMLElement` values (never markup).
/// Coordinates are whole user units, so the output is the same on every run.
enum SVG {
    static let namespace = "http://www.w3.org/2000/svg"

    /// The root element, scaled to `width` (e.g. `160mm`) with the given user-unit canvas.
    static func root(width: String, canvasWidth: Int, canvasHeight: Int, label: String, children: [XMLElement]) -> XMLElement {
        XMLElement(
            "svg",
            namespace: namespace,
            attributes: [
                .init("viewBox", "0 0 \(canvasWidth) \(canvasHeight)"),
                .init("width", width),
                .init("role", "img"),
                .init("aria-label", label),
                .init("font-family", "sans-serif"),
            ],
            children: children.map(XMLNode.element)
        )
    }

    /// `<defs>` with one arrow-head marker, referenced as `url(#id)`.
    static func arrowHeadDefinition(id: String) -> XMLElement {
        let head = XMLElement("path", attributes: [.init("d", "M 0 0 L 10 5 L 0 10 z"), .init("fill", "black")])
        let marker = XMLElement(
            "marker",
            attributes: [
                .init("id", id), .init("viewBox", "0 0 10 10"), .init("refX", "10"), .init("refY", "5"),
                .init("markerWidth", "7"), .init("markerHeight", "7"), .init("orient", "auto"),
            ],
            children: [.element(head)]
        )
        return XMLElement("defs", children: [.element(marker)])
    }

    /// A rectangle with a thin black outline.
    static func box(x: Int, y: Int, width: Int, height: Int, fill: String) -> XMLElement {
        XMLElement("rect", attributes: [
            .init("x", String(x)), .init("y", String(y)), .init("width", String(width)), .init("height", String(height)),
            .init("rx", "4"), .init("fill", fill), .init("stroke", "black"), .init("stroke-width", "1.5"),
        ])
    }

    /// A line of text centred on `x`, its baseline at `y`.
    static func text(_ content: String, x: Int, y: Int, size: Int, bold: Bool = false) -> XMLElement {
        var attributes: [XMLElement.Attribute] = [
            .init("x", String(x)), .init("y", String(y)), .init("font-size", String(size)), .init("text-anchor", "middle"),
        ]
        if bold {
            attributes.append(.init("font-weight", "bold"))
        }
        return XMLElement("text", attributes: attributes, children: [.text(content)])
    }

    /// A straight arrow from one point to another, its head at the end.
    static func arrow(fromX: Int, fromY: Int, toX: Int, toY: Int, markerID: String) -> XMLElement {
        XMLElement("line", attributes: [
            .init("x1", String(fromX)), .init("y1", String(fromY)), .init("x2", String(toX)), .init("y2", String(toY)),
            .init("stroke", "black"), .init("stroke-width", "1.5"), .init("marker-end", "url(#\(markerID))"),
        ])
    }
}
