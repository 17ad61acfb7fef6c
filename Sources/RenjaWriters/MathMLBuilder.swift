import RenjaDocument
import RenjaXML

/// Writes a `Math` formula as presentation MathML. HTML5 reads `<math>` inline and DocBook
/// 5.0 allows any MathML element inside `inlineequation`, so both writers share this.
enum MathMLBuilder {
    /// A `<math>` element declaring the MathML namespace, holding the formula.
    static func math(_ formula: Math, into out: XMLMarkupWriter) {
        out.element("math", namespace: XMLNamespaceURI.mathML) {
            presentation(of: formula, into: out)
        }
    }

    private static func presentation(of formula: Math, into out: XMLMarkupWriter) {
        switch formula {
        case let .text(text):
            out.element("mtext") { out.text(text) }
        case let .number(number):
            out.element("mn") { out.text(number) }
        case let .operator(symbol):
            out.element("mo") { out.text(symbol) }
        case let .row(items):
            out.element("mrow") {
                for item in items {
                    presentation(of: item, into: out)
                }
            }
        case let .fraction(numerator, denominator):
            out.element("mfrac") {
                presentation(of: numerator, into: out)
                presentation(of: denominator, into: out)
            }
        }
    }
}
