import XCTest

final class PlaceholderRenjaWritersTests: XCTestCase {
    func testBuilds() {}
}
