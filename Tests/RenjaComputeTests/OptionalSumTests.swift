import Foundation
@testable import RenjaCompute
import RenjaModel
import XCTest

/// Sums over figures some of which are missing.
final class OptionalSumTests: XCTestCase {
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
