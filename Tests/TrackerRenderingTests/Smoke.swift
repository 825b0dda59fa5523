import XCTest

final class TrackerRenderingTestsSmoke: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
