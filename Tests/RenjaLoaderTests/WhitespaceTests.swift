import Foundation
import RenjaModel
import RenjaSynthetic
import XCTest

/// `Whitespace` replaced `trimmingCharacters(in: .whitespaces)` in the realisation reader and
/// for the units printed beside K values; these tests hold it to Foundation's behaviour,
/// scalar by scalar and string by string.
final class WhitespaceTests: XCTestCase {
    func testEveryScalarIsWhiteSpaceExactlyWhenFoundationSaysSo() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Whitespace.contains(scalar) != CharacterSet.whitespaces.contains(scalar) {
                disagreements.append(String(value, radix: 16))
            }
        }
        XCTAssertEqual(disagreements, [])
    }

    func testTrimmingEdgeCasesMatchesFoundation() {
        let cases = [
            "", " ", "\t", "  \t ", "abc", " abc ", "\tP01.K01\t", "\u{A0}1.234\u{A0}", "\u{202F}x\u{3000}",
            " \u{301}x", "x\u{301} ", "a b", "\n1\n", "\r\n", " \u{2000}\u{200A}\u{200B}", "é ", " 🇮🇩 ", "\u{FEFF}1",
        ]
        for text in cases {
            XCTAssertEqual(Whitespace.trimmed(text), text.trimmingCharacters(in: .whitespaces), "trimming \(text.debugDescription)")
            XCTAssertEqual(Whitespace.isBlank(text), text.trimmingCharacters(in: .whitespaces).isEmpty, "blank \(text.debugDescription)")
        }
    }

    func testTrimmingRandomTextMatchesFoundation() {
        let alphabet: [Unicode.Scalar] = [
            " ", "\t", "\n", "\r", "\u{A0}", "\u{1680}", "\u{2003}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}",
            "\u{FEFF}", "\u{301}", "a", "1", ".", ",", "-", "é", "%", "\u{1F1EE}", "\u{1F1E9}",
        ]
        var generator = SplitMix64(seed: 6)
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                scalars.append(alphabet.randomElement(using: &generator) ?? " ")
            }
            let text = String(scalars)
            let expected = text.trimmingCharacters(in: .whitespaces)
            XCTAssertEqual(Whitespace.trimmed(text).unicodeScalars.map(\.value), expected.unicodeScalars.map(\.value), text.debugDescription)
            XCTAssertEqual(Whitespace.isBlank(text), expected.isEmpty, text.debugDescription)
        }
    }
}
