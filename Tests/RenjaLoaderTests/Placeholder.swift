import XCTest

final class PlaceholderRenjaLoaderTests: XCTestCase {
    func testBuilds() {}
}
