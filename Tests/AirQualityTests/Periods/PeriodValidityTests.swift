import AirQuality
import TrackerModel
import XCTest

final class PeriodValidityTests: XCTestCase {
    /// The first `count` days of `month`.
    private func firstDays(_ count: Int, of year: Int, _ month: Int) -> [CalendarDay] {
        (0..<count).map { day(year, month, $0 + 1) }
    }

    private func month(_ year: Int, _ month: Int) -> DayRange {
        day(year, month, 1).yearMonth.range
    }

    func testMonthNeeds27Days() {
        XCTAssertFalse(PeriodValidity(range: month(2015, 4), validDays: firstDays(26, of: 2015, 4)).isValid)
        XCTAssertTrue(PeriodValidity(range: month(2015, 4), validDays: firstDays(27, of: 2015, 4)).isValid)
        XCTAssertEqual(PeriodValidity(range: month(2015, 4), validDays: []).requiredDays, 27)
    }

    func testFebruaryNeeds25Days() {
        XCTAssertFalse(PeriodValidity(range: month(2015, 2), validDays: firstDays(24, of: 2015, 2)).isValid)
        XCTAssertTrue(PeriodValidity(range: month(2015, 2), validDays: firstDays(25, of: 2015, 2)).isValid)
        XCTAssertFalse(PeriodValidity(range: month(2016, 2), validDays: firstDays(24, of: 2016, 2)).isValid)
        XCTAssertTrue(PeriodValidity(range: month(2016, 2), validDays: firstDays(25, of: 2016, 2)).isValid)
    }

    /// Every month valid, `extra` days above the monthly minimums (2015: 25 + 11 × 27 = 322).
    private func yearDays(extra: Int) -> [CalendarDay] {
        var days: [CalendarDay] = []
        for m in 1...12 {
            let minimum = m == 2 ? 25 : 27
            days += firstDays(minimum + (m == 1 ? extra : 0), of: 2015, m)
        }
        return days
    }

    func testYearNeeds324DaysAndEveryMonth() {
        let short = PeriodValidity(range: .year(2015), validDays: yearDays(extra: 1))
        XCTAssertEqual(short.validDays, 323)
        XCTAssertTrue(short.shortMonths.isEmpty)
        XCTAssertFalse(short.isValid)
        XCTAssertEqual(short.reasons, ["2015: 323 valid days, needs 324"])
        let enough = PeriodValidity(range: .year(2015), validDays: yearDays(extra: 2))
        XCTAssertEqual(enough.validDays, 324)
        XCTAssertTrue(enough.isValid)
        XCTAssertEqual(enough.reasons, [])
    }

    func testYearWithAShortMonthIsInvalidEvenAbove324() {
        var days = DayRange.year(2015).days.filter { !($0.month == 3 && $0.day > 20) }  // March: 20 days
        days.removeAll { $0.month == 2 && $0.day > 24 }                                  // February: 24 days
        let validity = PeriodValidity(range: .year(2015), validDays: days)
        XCTAssertEqual(validity.validDays, 365 - 11 - 4)
        XCTAssertFalse(validity.isValid)
        XCTAssertEqual(validity.shortMonths.map(\.month.description), ["2015-02", "2015-03"])
        XCTAssertEqual(validity.shortMonths.map(\.validDays), [24, 20])
        XCTAssertEqual(validity.reasons, ["2015-02: 24 valid days of 28, needs 25", "2015-03: 20 valid days of 31, needs 27"])
    }

    func testSpanAllowsPartialMonthsTheSameMissingDays() throws {
        // 2026-01-01 … 2026-03-10: March has 10 days in range and may miss 4 → needs 6.
        let span = try XCTUnwrap(DayRange(first: day(2026, 1, 1), last: day(2026, 3, 10)))
        let days = span.days.filter { !($0.month == 3 && $0.day > 6) }
        XCTAssertTrue(PeriodValidity(range: span, validDays: days).isValid)
        let fewer = span.days.filter { !($0.month == 3 && $0.day > 5) }
        let validity = PeriodValidity(range: span, validDays: fewer)
        XCTAssertFalse(validity.isValid)
        XCTAssertEqual(validity.shortMonths.first?.description, "2026-03: 5 valid days of 10, needs 6")
    }

    func testDaysOutsideTheRangeAreIgnored() {
        let validity = PeriodValidity(range: month(2015, 4), validDays: firstDays(27, of: 2015, 5))
        XCTAssertEqual(validity.validDays, 0)
        XCTAssertFalse(validity.isValid)
    }
}
