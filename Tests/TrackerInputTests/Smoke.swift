import XCTest

final class TrackerInputTestsSmoke: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
