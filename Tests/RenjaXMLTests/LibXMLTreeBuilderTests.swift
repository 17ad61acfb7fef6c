import XCTest

@testable import RenjaXML

final class LibXMLTreeBuilderTests: XCTestCase {
    func testABuilderUsedTwiceStartsTheSecondDocumentAfresh() throws {
        // Names, indentation and the xlink namespace are remembered per document: the second
        // document must not point into the first one's (freed) dictionary or namespaces.
        var builder = LibXMLTreeBuilder(flavor: .xml, indentation: .init())
        let link = XMLElement("link", attributes: [.init("xlink:href", "#a")])
        let tree = XMLElement("article", children: [.element(XMLElement("para", children: [.element(link)]))])
        var first: LibXMLDocument? = try builder.build(tree)
        XCTAssertNotNil(first?.rootElement)
        first = nil
        let second = try builder.build(tree)
        let root = try XCTUnwrap(second.rootElement)
        XCTAssertEqual(LibXML.string(root.pointee.name), "article")
        XCTAssertEqual(LibXML.string(root.pointee.nsDef?.pointee.prefix), "xlink")
        let para = try XCTUnwrap(root.pointee.children?.pointee.next)
        XCTAssertEqual(LibXML.string(para.pointee.name), "para")
        XCTAssertEqual(LibXML.string(root.pointee.children?.pointee.content), "\n  ")
        let href = try XCTUnwrap(para.pointee.children?.pointee.next?.pointee.properties)
        XCTAssertEqual(LibXML.string(href.pointee.name), "href")
        XCTAssertEqual(href.pointee.ns, root.pointee.nsDef)
    }
}
