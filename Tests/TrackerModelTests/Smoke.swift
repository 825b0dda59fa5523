import XCTest

final class TrackerModelTestsSmoke: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
