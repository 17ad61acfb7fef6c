import XCTest

final class PlaceholderRenjaDocumentTests: XCTestCase {
    func testBuilds() {}
}
