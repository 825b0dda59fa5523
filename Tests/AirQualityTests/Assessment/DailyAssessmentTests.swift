import AirQuality
import XCTest

final class DailyAssessmentTests: XCTestCase {
    private let values = [directDay(day(2026, 3, 1), pm25: 75), directDay(day(2026, 2, 28), pm25: 75)]

    func testAutomaticChoosesByDateAndSorts() {
        let days = DailyAssessment.assess(values, choice: .automatic)
        XCTAssertEqual(days.map(\.day), [day(2026, 2, 28), day(2026, 3, 1)])
        XCTAssertEqual(days.map(\.version), [.hj633_2012, .hj633_2026])
        XCTAssertEqual(days.map(\.aqi.value), [100, 114])
    }

    func testForcedVersionForEveryDay() {
        let days = DailyAssessment.assess(values, choice: .forced(.hj633_2026))
        XCTAssertEqual(days.map(\.version), [.hj633_2026, .hj633_2026])
        XCTAssertEqual(days.map(\.aqi.value), [114, 114])
        let old = DailyAssessment.assess(values, choice: .forced(.hj633_2012))
        XCTAssertEqual(old.map(\.aqi.value), [100, 100])
    }

    func testADayGivenTwiceIsAssessedOnce() {
        let twice = values + [directDay(day(2026, 3, 1), pm25: 10)]
        let days = DailyAssessment.assess(twice, choice: .automatic)
        XCTAssertEqual(days.count, 2)
        XCTAssertEqual(days.last?.aqi.value, 114, "the first of the two is kept")
    }
}
