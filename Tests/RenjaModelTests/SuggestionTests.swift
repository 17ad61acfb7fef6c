@testable import RenjaModel
import XCTest

final class SuggestionTests: XCTestCase {
    func testNearMissesGetAHintAndFarOnesDoNot() {
        XCTAssertEqual(Suggestion.closest(to: "pagu_renstar", among: ["pagu", "pagu_renstra", "nama"]), "pagu_renstra")
        XCTAssertEqual(Suggestion.closest(to: "P01.K02", among: ["P01.K01", "P01.I1"]), "P01.K01")
        XCTAssertNil(Suggestion.closest(to: "warna", among: ["jenis_daerah", "daerah", "nama"]))
        XCTAssertEqual(Suggestion.hint(for: "kk", among: ["k", "rp"]), "; did you mean 'k'?")
        XCTAssertEqual(Suggestion.hint(for: "zzz", among: ["k", "rp"]), "")
    }

    func testEditDistance() {
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.editDistance("", "abc"), 3)
        XCTAssertEqual(Suggestion.editDistance("kegiatan", "kegiatan"), 0)
    }
}
