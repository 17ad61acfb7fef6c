import RenjaDocument
import RenjaXML

/// Writes a `Math` formula as presentation MathML. HTML5 reads `<math>` inline and DocBook
/// 5.0 allows any MathML element inside `inlineequation`, so both writers share this.
enum MathMLBuilder {
    /// A `<math>` element declaring the MathML namespace, holding the formula.
    static func math(_ formula: Math) -> XMLElement {
        XMLElement("math", namespace: XMLNamespaceURI.mathML, children: [.element(presentation(of: formula))])
    }

    private static func presentation(of formula: Math) -> XMLElement {
        switch formula {
        case let .text(text):
            element("mtext", [], [.text(text)])
        case let .number(number):
            element("mn", [], [.text(number)])
        case let .operator(symbol):
            element("mo", [], [.text(symbol)])
        case let .row(items):
            element("mrow", [], items.map { .element(presentation(of: $0)) })
        case let .fraction(numerator, denominator):
            element("mfrac", [], [.element(presentation(of: numerator)), .element(presentation(of: denominator))])
        }
    }
}
