import AirQuality
import XCTest

final class StandardVersionTests: XCTestCase {
    func testSwitchOnFirstOfMarch2026() {
        XCTAssertEqual(StandardVersion.inForce(on: day(2026, 2, 28)), .hj633_2012)
        XCTAssertEqual(StandardVersion.inForce(on: day(2026, 3, 1)), .hj633_2026)
        XCTAssertEqual(StandardVersion.inForce(on: day(2015, 6, 1)), .hj633_2012)
        XCTAssertEqual(StandardVersion.inForce(on: day(2031, 1, 1)), .hj633_2026)
    }

    func testItemsPerVersion() {
        XCTAssertTrue(StandardVersion.hj633_2012.indexItems.contains(.o3OneHour))
        XCTAssertFalse(StandardVersion.hj633_2026.indexItems.contains(.o3OneHour))
        XCTAssertNil(StandardVersion.hj633_2026.breakpoints(for: .o3OneHour))
        XCTAssertEqual(StandardVersion.hj633_2026.indexItems.count, 6)
    }

    func testChoiceAutomaticOrForced() {
        XCTAssertEqual(StandardChoice.automatic.version(for: day(2015, 1, 1)), .hj633_2012)
        XCTAssertEqual(StandardChoice.forced(.hj633_2026).version(for: day(2015, 1, 1)), .hj633_2026)
        XCTAssertEqual(StandardChoice.forced(.hj633_2012).version(for: day(2027, 1, 1)), .hj633_2012)
    }

    func testUsageCountsDaysPerVersion() {
        let usage = StandardUsage(versions: [.hj633_2012, .hj633_2026, .hj633_2026])
        XCTAssertEqual(usage.versionsUsed, [.hj633_2012, .hj633_2026])
        XCTAssertEqual(usage.dayCount(.hj633_2026), 2)
        XCTAssertEqual(usage.description, "HJ 633—2012: 1 day, HJ 633—2026: 2 days")
    }
}
