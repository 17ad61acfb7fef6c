@testable import RenjaDocument
import XCTest

/// Dotted paths resolve through records and loop variables, and say which part failed.
final class TemplateScopeTests: XCTestCase {
    private let scope = TemplateScope(root: [
        "opd": .record(["nama": .text("Kecamatan Jatiroto"), "alamat": .record(["desa": .text("Jatiroto")])]),
        "tahun": .text("2020"),
    ]).binding("p", to: .record(["nama": .text("Program A")])).binding("p", to: .record(["nama": .text("Program B")]))

    func testPathsThroughRecordsAndLoopVariables() {
        XCTAssertEqual(scope.value(at: "tahun"), .found(.text("2020")))
        XCTAssertEqual(scope.value(at: "opd.nama"), .found(.text("Kecamatan Jatiroto")))
        XCTAssertEqual(scope.value(at: "opd.alamat.desa"), .found(.text("Jatiroto")))
        XCTAssertEqual(scope.value(at: "p.nama"), .found(.text("Program B")), "the innermost binding wins")
    }

    func testFailuresNameThePathOrThePrefixThatIsNoRecord() {
        XCTAssertEqual(scope.value(at: "opd.kode"), .failed(.unknown(path: "opd.kode")))
        XCTAssertEqual(scope.value(at: "bab"), .failed(.unknown(path: "bab")))
        XCTAssertEqual(scope.value(at: "tahun.n"), .failed(.notARecord(prefix: "tahun", kind: "text")))
        XCTAssertEqual(scope.value(at: "opd.nama.x.y"), .failed(.notARecord(prefix: "opd.nama", kind: "text")))
        for malformed in ["", ".", "opd.", ".opd", "opd..nama", "tahun.n."] {
            XCTAssertEqual(scope.value(at: malformed), .failed(.unknown(path: malformed)), malformed)
        }
    }
}
