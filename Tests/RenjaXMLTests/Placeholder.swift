import XCTest

final class PlaceholderRenjaXMLTests: XCTestCase {
    func testBuilds() {}
}
