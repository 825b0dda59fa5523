import XCTest

final class TrackerCLITestsSmoke: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
