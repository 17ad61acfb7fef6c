@testable import RenjaDocument
import XCTest

/// Dotted paths resolve through records and loop variables, and say which part failed.
final class TemplateScopeTests: XCTestCase {
    private let scope = TemplateScope(root: [
        "opd": .record(["nama": .text("Kecamatan Jatiroto"), "alamat": .record(["desa": .text("Jatiroto")])]),
        "tahun": .text("2020"),
    ]).binding("p", to: .record(["nama": .text("Program A")])).binding("p", to: .record(["nama": .text("Program B")]))

    func testPathsThroughRecordsAndLoopVariables() {
        XCTAssertEqual(scope.value(at: "tahun"), .success(.text("2020")))
        XCTAssertEqual(scope.value(at: "opd.nama"), .success(.text("Kecamatan Jatiroto")))
        XCTAssertEqual(scope.value(at: "opd.alamat.desa"), .success(.text("Jatiroto")))
        XCTAssertEqual(scope.value(at: "p.nama"), .success(.text("Program B")), "the innermost binding wins")
    }

    func testFailuresNameThePathOrThePrefixThatIsNoRecord() {
        XCTAssertEqual(scope.value(at: "opd.kode"), .failure(.unknown(path: "opd.kode")))
        XCTAssertEqual(scope.value(at: "bab"), .failure(.unknown(path: "bab")))
        XCTAssertEqual(scope.value(at: "tahun.n"), .failure(.notARecord(prefix: "tahun", kind: "text")))
        XCTAssertEqual(scope.value(at: "opd.nama.x.y"), .failure(.notARecord(prefix: "opd.nama", kind: "text")))
        for malformed in ["", ".", "opd.", ".opd", "opd..nama", "tahun.n."] {
            XCTAssertEqual(scope.value(at: malformed), .failure(.unknown(path: malformed)), malformed)
        }
    }
}
