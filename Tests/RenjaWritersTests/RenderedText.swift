import Foundation
import RenjaDocument
import RenjaWriters
import RenjaXML

extension HTMLWriter {
    /// `render(document)` as a string, for assertions on the text.
    func renderedText(_ document: Document) throws(XMLSerializationError) -> String {
        String(decoding: try render(document), as: UTF8.self)
    }
}

extension DocBookWriter {
    /// `render(document)` as a string, for assertions on the text.
    func renderedText(_ document: Document) throws(XMLSerializationError) -> String {
        String(decoding: try render(document), as: UTF8.self)
    }
}
