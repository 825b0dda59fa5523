import XCTest
import TrackerModel

final class RoundingTests: XCTestCase {
    func testHalfToEvenPerGBT8170() {
        XCTAssertEqual(Rounding.halfEven(74.5, decimals: 0), 74)
        XCTAssertEqual(Rounding.halfEven(75.5, decimals: 0), 76)
        XCTAssertEqual(Rounding.halfEven(2.25, decimals: 1), 2.2, accuracy: 1e-12)
        XCTAssertEqual(Rounding.halfEven(2.35, decimals: 1), 2.4, accuracy: 1e-12)   // stored as 2.3499999…
        XCTAssertEqual(Rounding.halfEven(74.6, decimals: 0), 75)
        XCTAssertEqual(Rounding.halfEven(74.4, decimals: 0), 74)
        XCTAssertEqual(Rounding.halfEven(-0.5, decimals: 0), 0)
    }

    func testCeilingWithSlack() {
        XCTAssertEqual(Rounding.ceilInteger(50), 50)
        XCTAssertEqual(Rounding.ceilInteger(50 + 1e-12), 50)
        XCTAssertEqual(Rounding.ceilInteger(50.01), 51)
    }
}
