import AirQuality
import TrackerModel
import XCTest

final class ExclusionTests: XCTestCase {
    func testExcludedDaysLeaveNumeratorAndDenominator() throws {
        let april = DayRange.month(try XCTUnwrap(YearMonth(year: 2015, month: 4)))
        // Days 1–3 are sand-dust days with PM2.5 200 (AQI 250, heavy); the rest 30.
        let days = assessedDays(april) { $0.day <= 3 ? 200 : 30 }
        let dust = Exclusions((1...3).map { Exclusion(day: day(2015, 4, $0), reason: "沙尘 sand-dust") }
            + [Exclusion(day: day(2015, 5, 1), reason: "outside the range")])
        let report = PeriodReport(assessments: days, range: april, exclusions: dust)

        let all = try XCTUnwrap(report.allDays.statistic(.mean(.pm25)))
        let kept = try XCTUnwrap(report.withExclusions.statistic(.mean(.pm25)))
        XCTAssertEqual(try XCTUnwrap(all.value), (3 * 200 + 27 * 30) / 30.0, accuracy: 1e-9)
        XCTAssertEqual(kept.value, 30)
        XCTAssertEqual(kept.daysUsed, 27)
        XCTAssertTrue(kept.isValid, "coverage is judged on measured days, not on what is excluded")

        XCTAssertEqual(report.allDays.days.heavyPollutionDays, 3)
        XCTAssertEqual(report.withExclusions.days.heavyPollutionDays, 0)
        XCTAssertEqual(report.withExclusions.days.validAQIDays, 27)
        XCTAssertEqual(report.withExclusions.days.goodDayRatio, 100)
        XCTAssertEqual(report.exclusions.map(\.day), [day(2015, 4, 1), day(2015, 4, 2), day(2015, 4, 3)])
        XCTAssertEqual(report.exclusions.first?.reason, "沙尘 sand-dust")
        XCTAssertTrue(report.allDays.excluded.isEmpty)
    }

    func testFirstReasonWins() {
        let d = day(2015, 4, 1)
        let exclusions = Exclusions([Exclusion(day: d, reason: "a"), Exclusion(day: d, reason: "b")])
        XCTAssertEqual(exclusions.reason(for: d), "a")
        XCTAssertTrue(exclusions.contains(d))
        XCTAssertFalse(Exclusions.none.contains(d))
    }
}
