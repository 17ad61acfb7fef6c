import Foundation
import RenjaDocument
import RenjaXML

/// Writes a `Document` as a DocBook 5.0 `book` (`renja.xml`) that validates against the
/// official DocBook 5.0 RELAX NG schema: chapters and sections carry their numbers in
/// `label`, tables are CALS tables with explicit column names, formulas are MathML inside
/// `inlineequation`, figures are SVG inside `imagedata`.
public struct DocBookWriter: Sendable {
    /// Elements whose content is written exactly as built, because whitespace added between
    /// their children would show in the text.
    static let mixedContentElements: Set<String> = ["para", "title", "entry", "tocentry", "text"]

    public init() {}

    /// `document` as an indented UTF-8 XML document with an XML declaration, its `book`
    /// element in the DocBook namespace.
    public func render(_ document: Document) throws(XMLSerializationError) -> Data {
        try serializer.data { out in
            DocBookBuilder(document: document, writingInto: out).book()
        }
    }

    /// `render(document)` and its validity against `schema`, checked as it is written (no
    /// second parse); issues are reported in `fileName`.
    public func render(
        _ document: Document, validatingAgainst schema: RelaxNGSchema, fileName: String
    ) throws(XMLSerializationError) -> XMLValidatedText {
        try serializer.serialize(validatingAgainst: schema, fileName: fileName) { out in
            DocBookBuilder(document: document, writingInto: out).book()
        }
    }

    private var serializer: XMLSerializer {
        XMLSerializer(
            flavor: .xml, writesXMLDeclaration: true,
            indentation: XMLSerializer.Indentation(width: 2, preservedElements: Self.mixedContentElements))
    }
}
