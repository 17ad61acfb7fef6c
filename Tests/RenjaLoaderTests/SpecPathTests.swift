@testable import RenjaLoader
import XCTest

/// The texts diagnostics print for spec paths.
final class SpecPathTests: XCTestCase {
    func testPathsOfFieldsAndItems() {
        XCTAssertEqual(SpecPath("").appending("tahun"), "tahun")
        XCTAssertEqual(SpecPath("opd").appending("nama"), "opd.nama")
        XCTAssertEqual(SpecPath(item: 0, of: "program").description, "program[0]")
        XCTAssertEqual(SpecPath(item: 12, of: "program").appending("kegiatan"), "program[12].kegiatan")
        let nested = SpecPath(item: 3, of: SpecPath(item: 12, of: "program").appending("kegiatan"))
        XCTAssertEqual(nested.description, "program[12].kegiatan[3]")
        XCTAssertEqual(nested.appending("indikator"), "program[12].kegiatan[3].indikator")
        XCTAssertEqual(SpecPath(item: 1, of: "usulan").appending("lokasi é"), "usulan[1].lokasi é")
        XCTAssertEqual(SpecPath(item: 2, of: "").description, "[2]")
        XCTAssertEqual(SpecPath(item: 2, of: "").appending("kode"), "[2].kode")
        for index in [9, 10, 99, 100, 123_456, Int.max] {
            XCTAssertEqual(SpecPath(item: index, of: "misi").description, "misi[\(index)]")
            XCTAssertEqual(SpecPath(item: index, of: "misi").appending("uraian"), "misi[\(index)].uraian")
        }
    }
}
