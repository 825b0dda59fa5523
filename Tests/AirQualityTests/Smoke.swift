import XCTest

final class AirQualityTestsSmoke: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
