@testable import RenjaDocument
import XCTest

/// A paragraph's outer spaces are dropped by bytes where that is safe; where a space could be
/// part of a larger Character the answer is the Character-based one.
final class TemplateWhiteSpaceTests: XCTestCase {
    private let texts = [
        "", " ", "   ", "a", " a ", "  Renja  Kecamatan  ", "a \u{0301}", " \u{0301}a", "\u{0600} ", "x\u{0600}  ",
        "  é  ", "é ", " “Renja” ", "\t a \t", "a\u{00A0} ", " \u{00A0}a",
    ]

    func testLeadingSpacesAsCharactersDropThem() {
        for text in texts {
            XCTAssertEqual(TemplateWhiteSpace.droppingLeadingSpaces(text), String(text.drop { $0 == " " }), text.debugDescription)
        }
    }

    func testTrailingSpacesAsCharactersDropThem() {
        for text in texts {
            let end = text.lastIndex { $0 != " " }.map(text.index(after:)) ?? text.startIndex
            XCTAssertEqual(TemplateWhiteSpace.droppingTrailingSpaces(text), String(text[..<end]), text.debugDescription)
        }
    }
}
