@testable import RenjaXML
import XCTest

final class PlainValueStackTests: XCTestCase {
    func testPushesAndPopsInReverseOrderAcrossGrowth() {
        var stack = PlainValueStack<Int>(capacity: 2)
        XCTAssertTrue(stack.isEmpty)
        XCTAssertNil(stack.last)
        for value in 0..<100 {
            stack.append(value)
        }
        XCTAssertEqual(stack.count, 100)
        XCTAssertEqual(stack.last, 99)
        XCTAssertEqual((0..<100).map { stack[$0] }, Array(0..<100))
        var popped: [Int] = []
        while let value = stack.popLast() {
            popped.append(value)
        }
        XCTAssertEqual(popped, Array((0..<100).reversed()))
        XCTAssertTrue(stack.isEmpty)
        XCTAssertNil(stack.popLast())
    }

    func testChangesAnElementInPlace() {
        struct Flags: Equatable {
            var depth: Int
            var isOpen = false
        }
        var stack = PlainValueStack<Flags>()
        stack.append(Flags(depth: 0))
        stack.append(Flags(depth: 1))
        stack[0].isOpen = true
        XCTAssertEqual(stack[0], Flags(depth: 0, isOpen: true))
        XCTAssertEqual(stack.removeLast(), Flags(depth: 1))
        XCTAssertEqual(stack.last, Flags(depth: 0, isOpen: true))
    }

    func testRemovesEverythingFromAnIndexAndFindsWhatIsLeft() {
        var stack = PlainValueStack<Int>()
        for value in [5, 7, 9, 11] {
            stack.append(value)
        }
        XCTAssertTrue(stack.contains(9))
        stack.removeAll(from: 2)
        XCTAssertEqual(stack.count, 2)
        XCTAssertFalse(stack.contains(9))
        XCTAssertTrue(stack.contains(7))
        // An index past the top removes nothing; appending then goes on from the top.
        stack.removeAll(from: 10)
        stack.append(13)
        XCTAssertEqual((0..<stack.count).map { stack[$0] }, [5, 7, 13])
        stack.removeAll(from: 0)
        XCTAssertTrue(stack.isEmpty)
        XCTAssertFalse(stack.contains(5))
    }
}
