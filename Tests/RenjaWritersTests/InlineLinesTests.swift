import RenjaDocument
import XCTest

@testable import RenjaWriters

final class InlineLinesTests: XCTestCase {
    func testContentWithoutBreaksIsOneLine() {
        let content: [Inline] = [.text("a"), .strong([.text("b")])]
        XCTAssertEqual(InlineLines.split(content), [content])
        XCTAssertEqual(InlineLines.split([]), [[]])
    }

    func testBreakInsideEmphasisCutsTheEmphasisAndKeepsItsStyleOnBothLines() {
        let content: [Inline] = [.text("a "), .strong([.text("b"), .lineBreak, .emphasis([.text("c")])]), .text(" d")]
        XCTAssertEqual(
            InlineLines.split(content),
            [[.text("a "), .strong([.text("b")])], [.strong([.emphasis([.text("c")])]), .text(" d")]])
    }

    func testTopLevelBreaksStartNewLines() {
        XCTAssertEqual(
            InlineLines.split([.text("a"), .lineBreak, .lineBreak, .text("b")]), [[.text("a")], [], [.text("b")]])
    }

    func testContainsBreakExactlyWhenSplitGivesSeveralLines() {
        let samples: [[Inline]] = [
            [], [.text("a")], [.lineBreak], [.text("a"), .strong([.text("b")])],
            [.emphasis([.strong([.text("x"), .lineBreak])])], [.reference(id: "t", label: nil), .math(.number("1"))],
        ]
        for content in samples {
            XCTAssertEqual(InlineLines.containsBreak(content), InlineLines.split(content).count > 1, "\(content)")
        }
    }
}
