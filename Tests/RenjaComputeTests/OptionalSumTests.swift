import Foundation
@testable import RenjaCompute
import RenjaModel
import XCTest

/// Sums over figures some of which are missing, and the reserved `compactMap` under them.
final class OptionalSumTests: XCTestCase {
    func testCompactMapReservedKeepsThePresentValuesInOrder() {
        XCTAssertEqual([3, nil, 1, nil, 2].compactMapReserved { $0 }, [3, 1, 2])
        XCTAssertEqual([Int?]().compactMapReserved { $0 }, [])
        // A sequence that under-reports its size still gives every value.
        XCTAssertEqual(sequence(first: 1) { $0 < 5 ? $0 + 1 : nil }.compactMapReserved { $0 % 2 == 0 ? nil : $0 }, [1, 3, 5])
    }

    func testSumsOfPresentFiguresSkipTheMissingOnesAndAreNilWhenNoneIsPresent() {
        let tenth = Decimal(sign: .plus, exponent: -1, significand: 1)
        let money: [Money?] = [Money(tenth), nil, Money(tenth * 2)]
        XCTAssertEqual(money.sumOfPresent()?.amount, tenth * 3)
        XCTAssertNil([Money?](repeating: nil, count: 3).sumOfPresent())
        let values: [Decimal?] = [nil, 7, 5]
        XCTAssertEqual(values.sumOfPresent(), 12)
        XCTAssertNil([Decimal?]().sumOfPresent())
    }
}
