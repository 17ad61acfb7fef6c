import RenjaDocument
import RenjaXML
import XCTest

final class FigureHubunganDokumenTests: XCTestCase {
    private func figure() throws -> Figure {
        var figure: Figure?
        if case .figure(let built)? = TablesFixture.blocks["gambar-hubungan-dokumen"] { figure = built }
        return try XCTUnwrap(figure, "gambar-hubungan-dokumen is not a figure")
    }

    /// Every text run anywhere under `element`.
    private func texts(_ element: XMLElement) -> [String] {
        element.children.flatMap { child -> [String] in
            switch child {
            case .text(let text, _): [text]
            case .element(let inner): texts(inner)
            }
        }
    }

    private func elements(named name: String, in element: XMLElement) -> [XMLElement] {
        element.children.flatMap { child -> [XMLElement] in
            guard case .element(let inner) = child else { return [] }
            return (inner.name == name ? [inner] : []) + elements(named: name, in: inner)
        }
    }

    func testDrawingIsAnSVGElementInTheSVGNamespace() throws {
        let figure = try figure()
        XCTAssertEqual(figure.title, "Bagan Hubungan Antar Dokumen Perencanaan Daerah")
        XCTAssertNil(figure.number)
        XCTAssertEqual(figure.drawing.name, "svg")
        XCTAssertEqual(figure.drawing.namespace, "http://www.w3.org/2000/svg")
        XCTAssertEqual(figure.drawing.attribute("viewBox"), "0 0 640 275")
        XCTAssertEqual(figure.drawing.attribute("width"), "160mm")
    }

    func testDrawingNamesEveryPlanningDocument() throws {
        let shown = Set(texts(try figure().drawing))
        for name in ["RPJPD", "RPJMD", "RKPD", "RAPBD/APBD", "Renstra PD", "Renja PD", "RKA PD", "DPA PD"] {
            XCTAssertTrue(shown.contains(name), "\(name) is missing")
        }
    }

    func testEveryArrowUsesTheOneDefinedMarker() throws {
        let drawing = try figure().drawing
        let markerIDs = elements(named: "marker", in: drawing).compactMap { $0.attribute("id") }
        XCTAssertEqual(markerIDs, ["panah-hubungan-dokumen"])
        let lines = elements(named: "line", in: drawing)
        // Three arrows along each row, four between the rows (RKPD <-> Renja PD is two, one each way).
        XCTAssertEqual(lines.count, 10)
        XCTAssertTrue(lines.allSatisfy { $0.attribute("marker-end") == "url(#panah-hubungan-dokumen)" })
    }

    func testDrawingIsDeterministic() throws {
        XCTAssertEqual(try figure(), try figure())
    }
}
