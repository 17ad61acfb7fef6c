import Foundation
import RenjaModel
import XCTest

/// `DecimalStorage` reads the parts `Decimal`'s public API gives, from the value's storage.
final class DecimalStorageTests: XCTestCase {
    private func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    func testPartsMatchThePublicSignExponentAndSignificand() throws {
        for text in ["0", "1", "-1", "342181137.68", "-0.005", "1e3", "65536", "4294967296.25", "18446744073709551615", "1e127", "-5e-128", "281483566841859e-2"] {
            let value = decimal(text)
            let storage = try XCTUnwrap(DecimalStorage(value), text)
            XCTAssertEqual(storage.isNegative, value.sign == .minus, text)
            XCTAssertEqual(storage.exponent, value.exponent, text)
            XCTAssertEqual(Decimal(storage.mantissa), value.significand, text)
        }
    }

    func testNaNAndMantissasBeyond64BitsAreDeclined() {
        XCTAssertNil(DecimalStorage(.nan))
        XCTAssertNil(DecimalStorage(decimal("18446744073709551616")), "2^64")
        XCTAssertNil(DecimalStorage(decimal("123456789012345678901234567890")))
    }

    func testMagnitudeBoundAgreesWithFoundation() throws {
        for text in ["0", "100", "100.000", "100.0001", "99.99", "1e2", "1e3", "0.000000000000000000001", "1000e-1", "1001e-1", "18446744073709551615e-20", "18446744073709551615e1", "1e127", "5e-128", "-1e127"] {
            let value = decimal(text)
            let storage = try XCTUnwrap(DecimalStorage(value), text)
            XCTAssertEqual(storage.magnitude(isAtMost: 100), value.magnitude <= 100, text)
            XCTAssertEqual(storage.magnitude(isAtMost: 0), value.isZero, text)
        }
    }
}
