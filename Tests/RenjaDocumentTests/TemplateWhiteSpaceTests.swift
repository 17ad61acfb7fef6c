@testable import RenjaDocument
import XCTest

/// A paragraph's outer spaces are dropped, and a text's white space folded, by bytes where that
/// is safe; where a space could be part of a larger Character the answer is the Character-based one.
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

    func testFoldingBytesFoldsEachRunOfWhiteSpaceCharactersToOneSpace() {
        let runs = [
            "", " ", " \t\n\r\u{0B}\u{0C} ", "Renja", "  Renja \n\t Kecamatan  ", "a\r\nb", "a \r\n b", "a\u{1C}\u{1F}b",
            "\u{00A0}", " \u{00A0}\u{2028} ", "a\u{00A0} b", "\u{2003}x\u{3000}", "a \u{0301}b", "é  “Renja”\u{85}",
        ]
        for run in runs {
            var bytes = run
            let folded = bytes.withUTF8(TemplateWhiteSpace.folded)
            XCTAssertEqual(folded, foldedByCharacters(run), run.debugDescription)
        }
    }

    /// Each Character that is white space and follows one becomes nothing, any other white space a space.
    private func foldedByCharacters(_ text: String) -> String {
        let characters = Array(text)
        return String(characters.indices.compactMap { index -> Character? in
            guard characters[index].isWhitespace else { return characters[index] }
            return index > 0 && characters[index - 1].isWhitespace ? nil : " "
        })
    }
}
