import AirQuality
import XCTest

final class HJ663PercentileTests: XCTestCase {
    func testInterpolatesBetweenRanks() throws {
        // k = 1 + 4 × 0.9 = 4.6 → X4 + 0.6 (X5 − X4).
        XCTAssertEqual(try XCTUnwrap(HJ663Percentile.value(of: [5, 1, 4, 2, 3], percentile: 90)), 4.6, accuracy: 1e-12)
        // 20 values 1…20, P95: k = 1 + 19 × 0.95 = 19.05 → 19.05.
        let twenty = (1...20).map(Double.init)
        XCTAssertEqual(try XCTUnwrap(HJ663Percentile.value(of: twenty, percentile: 95)), 19.05, accuracy: 1e-12)
    }

    func testEdges() {
        XCTAssertNil(HJ663Percentile.value(of: [], percentile: 90))
        XCTAssertEqual(HJ663Percentile.value(of: [7], percentile: 95), 7)
        XCTAssertEqual(HJ663Percentile.value(of: [1, 2, 3], percentile: 100), 3)
        XCTAssertEqual(HJ663Percentile.value(of: [1, 2, 3], percentile: 0), 1)
        XCTAssertNil(HJ663Percentile.value(of: [1, 2, 3], percentile: 101))
    }
}
