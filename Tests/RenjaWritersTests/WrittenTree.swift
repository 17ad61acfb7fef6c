import RenjaDocument
import RenjaXML

@testable import RenjaWriters

/// The writers' output parsed back into a value tree, for structural assertions on what a
/// reader of the file sees: the writers emit straight into libxml2 and keep no tree.
enum WrittenTree {
    /// `renja.html` for `document`, without its DOCTYPE (the reader refuses every DOCTYPE, a
    /// safety policy) and without the indentation between elements.
    static func html(_ document: Document) throws -> XMLElement {
        let doctype = "<!DOCTYPE html>\n"
        let rendered = try HTMLWriter().renderedText(document)
        precondition(rendered.hasPrefix(doctype), "the page starts with its DOCTYPE")
        return try XMLTreeParser.parse(String(rendered.dropFirst(doctype.count)), fileName: "renja.html")
            .removingPositions().removingIndentation()
    }

    /// `renja.xml` for `document`, without the indentation between elements.
    static func docBook(_ document: Document) throws -> XMLElement {
        try XMLTreeParser.parse(DocBookWriter().renderedText(document), fileName: "renja.xml")
            .removingPositions().removingIndentation()
    }
}

extension XMLElement {
    /// The tree without the line breaks and spaces the serializer puts between child elements
    /// (only where no other text is among them), as it was written.
    fileprivate func removingIndentation() -> XMLElement {
        var element = self
        let isIndentation: (XMLNode) -> Bool = { child in
            if case let .text(text, _) = child { text.first == "\n" && text.dropFirst().allSatisfy { $0 == " " } } else { false }
        }
        let isElement: (XMLNode) -> Bool = { child in
            if case .element = child { true } else { false }
        }
        if children.contains(where: isElement), children.allSatisfy({ isElement($0) || isIndentation($0) }) {
            element.children.removeAll(where: isIndentation)
        }
        element.children = element.children.map { child in
            if case let .element(childElement) = child { .element(childElement.removingIndentation()) } else { child }
        }
        return element
    }
}
