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

    func testARequirementIsPrintedOnTheSafeSide() {
        // Meeting the printed number must meet the target: a ceiling rounds down, a floor up.
        XCTAssertEqual(NumberFormat.requirement(29.964, 1, ceiling: true), "29.9")
        XCTAssertEqual(NumberFormat.requirement(79.025, 1, ceiling: false), "79.1")
        XCTAssertEqual(NumberFormat.requirement(24.877, 1, ceiling: true), "24.8")
        // A value on a step, with or without float dust, is that step.
        XCTAssertEqual(NumberFormat.requirement(30.0, 1, ceiling: true), "30.0")
        XCTAssertEqual(NumberFormat.requirement(0.1 + 0.2, 1, ceiling: false), "0.3")
        XCTAssertEqual(NumberFormat.requirement(29.999999999999996, 1, ceiling: true), "30.0")
        XCTAssertEqual(NumberFormat.requirement(-293.2258, 1, ceiling: true), "-293.3")
        XCTAssertEqual(NumberFormat.requirement(-0.04, 1, ceiling: false), "0.0")
    }
}
