import Foundation
@testable import RenjaLoader
import XCTest

final class YAMLNumberTests: XCTestCase {
    func testPlainNumbersAreReadExactly() {
        XCTAssertEqual(YAMLNumber.decimal("342181137.68"), Decimal(string: "342181137.68"))
        XCTAssertEqual(YAMLNumber.decimal("1234567.89"), Decimal(string: "1234567.89"), "never through Double")
        XCTAssertEqual(YAMLNumber.decimal("1_814_088_000"), Decimal(1_814_088_000))
        XCTAssertEqual(YAMLNumber.decimal("-5"), Decimal(-5))
        XCTAssertEqual(YAMLNumber.decimal("0"), Decimal(0))
        XCTAssertEqual(YAMLNumber.integer("2020"), 2020)
    }

    func testJunkIsRefused() {
        for text in ["12abc", "abc", "", "1e5", "0x1F", "1__0", "_1", "1_", ".5", "5.", "1.2.3", "+5", "--5", "1,5", " 5", "inf", ".nan"] {
            XCTAssertNil(YAMLNumber.decimal(text), "'\(text)'")
        }
        for text in ["-1", "1.5", "2020a", "9999999999"] {
            XCTAssertNil(YAMLNumber.integer(text), "'\(text)'")
        }
    }
}
