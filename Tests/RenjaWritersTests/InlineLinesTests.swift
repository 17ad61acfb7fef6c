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
}
