@testable import RenjaCompute
import XCTest

/// `compactMap` into an array reserved once at the sequence's size.
final class CompactMapReservedTests: XCTestCase {
    func testCompactMapReservedKeepsThePresentValuesInOrder() {
        XCTAssertEqual([3, nil, 1, nil, 2].compactMapReserved { $0 }, [3, 1, 2])
        XCTAssertEqual([Int?]().compactMapReserved { $0 }, [])
        // A sequence that under-reports its size still gives every value.
        XCTAssertEqual(sequence(first: 1) { $0 < 5 ? $0 + 1 : nil }.compactMapReserved { $0 % 2 == 0 ? nil : $0 }, [1, 3, 5])
    }
}
