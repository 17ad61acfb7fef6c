import RenjaDocument
import RenjaModel
import XCTest

final class TemplateFillTests: XCTestCase {
    private typealias Support = TemplateTestSupport

    func testValuesArriveAsExactTextWhateverTheyHold() throws {
        let (document, diagnostics) = Support.fill(
            body: "<para>Nama: {{opd.nama}}.</para>",
            fields: ["opd": .record(["nama": .text("A & B <c> ]]>")])])
        XCTAssertEqual(diagnostics, [])
        let chapter = try XCTUnwrap(document?.sections.first)
        XCTAssertEqual(chapter.blocks, [.paragraph([.text("Nama: A & B <c> ]]>.")])])
    }
}
