import AirQuality
import TrackerModel
import XCTest

final class PeriodStatisticsTests: XCTestCase {
    func testMeanUsesUnroundedDailyMeans() throws {
        let april = DayRange.month(try XCTUnwrap(YearMonth(year: 2015, month: 4)))
        // Alternating 74.5 and 75.4: unrounded mean 74.95; rounded days (74, 75) would give 74.5.
        let days = assessedDays(april) { $0.day % 2 == 0 ? 74.5 : 75.4 }
        let pm25 = try XCTUnwrap(PeriodStatistics(assessments: days, range: april).statistic(.mean(.pm25)))
        XCTAssertEqual(try XCTUnwrap(pm25.value), 74.95, accuracy: 1e-9)
        XCTAssertEqual(pm25.reportedValue, 75.0, "74.95 to one decimal, half to even")
        XCTAssertTrue(pm25.isValid)
        XCTAssertEqual(pm25.daysUsed, 30)
    }

    func testInvalidStatisticKeepsItsValueAndReasons() throws {
        let april = DayRange.month(try XCTUnwrap(YearMonth(year: 2015, month: 4)))
        let days = assessedDays(april) { $0.day <= 26 ? 40 : nil }
        let pm25 = try XCTUnwrap(PeriodStatistics(assessments: days, range: april).statistic(.mean(.pm25)))
        XCTAssertFalse(pm25.isValid)
        XCTAssertEqual(pm25.value, 40)
        XCTAssertEqual(pm25.validity.reasons, ["2015-04: 26 valid days of 30, needs 27"])
        let days27 = assessedDays(april) { $0.day <= 27 ? 40 : nil }
        XCTAssertEqual(PeriodStatistics(assessments: days27, range: april).statistic(.mean(.pm25))?.isValid, true)
    }

    func testDayCountsAndGoodDayRatio() throws {
        let april = DayRange.month(try XCTUnwrap(YearMonth(year: 2015, month: 4)))
        // Days 1–10: PM2.5 151 (AQI 201, heavy); 11–12: missing with others ≤ 100 (NA); rest 30 (优).
        let days = assessedDays(april) { d in d.day <= 10 ? 151 : d.day <= 12 ? nil : 30 }
        let counts = PeriodStatistics(assessments: days, range: april).days
        XCTAssertEqual(counts.assessedDays, 30)
        XCTAssertEqual(counts.validAQIDays, 28)
        XCTAssertEqual(counts.goodDays, 18)
        XCTAssertEqual(counts.heavyPollutionDays, 10)
        XCTAssertEqual(counts.count(.heavilyPolluted), 10)
        XCTAssertEqual(counts.count(.excellent), 18)
        XCTAssertEqual(try XCTUnwrap(counts.goodDayRatio), 18.0 / 28.0 * 100, accuracy: 1e-12)
        XCTAssertNil(DayCounts([]).goodDayRatio)
    }

    func testPercentilesOfDailyValues() throws {
        let april = DayRange.month(try XCTUnwrap(YearMonth(year: 2015, month: 4)))
        let values = april.days.map { d in directDay(d, co: Double(d.day) / 10, o3: Double(d.day) * 10) }
        let stats = PeriodStatistics(assessments: DailyAssessment.assess(values, choice: .automatic), range: april)
        // n = 30: CO P95 k = 1 + 29 × 0.95 = 28.55 → 2.8 + 0.55 × 0.1; O3 P90 k = 27.1 → 271.
        XCTAssertEqual(try XCTUnwrap(stats.statistic(.percentile(.co, 95))?.value), 2.855, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(stats.statistic(.percentile(.o3, 90))?.value), 271, accuracy: 1e-9)
        XCTAssertEqual(PeriodIndicator.percentile(.o3, 90).description, "O3-8h P90")
        XCTAssertEqual(PeriodIndicator.percentile(.co, 95).description, "CO P95")
    }

    func testPeriodStraddlingTheSwitchReportsBothVersions() throws {
        let span = try XCTUnwrap(DayRange(first: day(2026, 2, 20), last: day(2026, 3, 10)))
        let stats = PeriodStatistics(assessments: assessedDays(span) { _ in 70 }, range: span)
        XCTAssertEqual(stats.standards.versionsUsed, [.hj633_2012, .hj633_2026])
        XCTAssertEqual(stats.standards.dayCount(.hj633_2012), 9)
        XCTAssertEqual(stats.standards.dayCount(.hj633_2026), 10)
        // PM2.5 70: IAQI 94 (good) under 2012, 110 (not good) under 2026.
        XCTAssertEqual(stats.days.goodDays, 9)
    }

    func testDaysOutsideTheRangeAreIgnored() throws {
        let april = DayRange.month(try XCTUnwrap(YearMonth(year: 2015, month: 4)))
        let stats = PeriodStatistics(assessments: assessedDays(.year(2015)), range: april)
        XCTAssertEqual(stats.days.assessedDays, 30)
        XCTAssertEqual(stats.statistic(.mean(.pm25))?.daysUsed, 30)
    }
}
