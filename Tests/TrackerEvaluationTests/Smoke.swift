import XCTest

final class TrackerEvaluationTestsSmoke: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
