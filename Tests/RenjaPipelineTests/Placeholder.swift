import XCTest

final class PlaceholderRenjaPipelineTests: XCTestCase {
    func testBuilds() {}
}
