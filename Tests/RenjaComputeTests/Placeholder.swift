import XCTest

final class PlaceholderRenjaComputeTests: XCTestCase {
    func testBuilds() {}
}
