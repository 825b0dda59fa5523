import XCTest
import TrackerModel

final class CalendarTests: XCTestCase {
    func testMonthsAndValidityMinimums() {
        XCTAssertEqual(YearMonth(parsing: "2025-02")?.dayCount, 28)
        XCTAssertEqual(YearMonth(parsing: "2024-02")?.dayCount, 29)
        XCTAssertEqual(YearMonth(parsing: "2025-02")?.minimumValidDays, 25)
        XCTAssertEqual(YearMonth(parsing: "2025-07")?.minimumValidDays, 27)
        XCTAssertEqual(YearMonth(parsing: "２０２５-０３"), YearMonth(2025, 3))
        XCTAssertEqual(YearMonth(parsing: "2025年3月"), YearMonth(2025, 3))
        XCTAssertNil(YearMonth(parsing: "2025-13"))
        XCTAssertNil(YearMonth(parsing: "2025"))
        XCTAssertEqual(YearMonth(2025, 12).advanced(by: 1), YearMonth(2026, 1))
    }

    func testPeriodsAndDeadlines() {
        XCTAssertEqual(Period(parsing: "2021..2025")?.months.count, 60)
        XCTAssertEqual(Period(parsing: "2018-2020")?.description, "2018..2020")
        XCTAssertEqual(Period(parsing: "2025")?.dayCount, 365)
        XCTAssertEqual(Deadline(parsing: "年底前", planYear: 2025)?.month, YearMonth(2025, 12))
        XCTAssertEqual(Deadline(parsing: "6月底前", planYear: 2025)?.month, YearMonth(2025, 6))
        XCTAssertEqual(Deadline(parsing: "2020年底前", planYear: 2018)?.month, YearMonth(2020, 12))
        XCTAssertEqual(Deadline(parsing: "长期实施", planYear: 2025), .ongoing(text: "长期实施"))
        XCTAssertEqual(Deadline(parsing: "按时间节点完成", planYear: 2025), .milestones(text: "按时间节点完成"))
        XCTAssertNil(Deadline(parsing: "尽快", planYear: 2025))
    }

    // MARK: days and day ranges
    func testRejectsImpossibleDates() {
        XCTAssertNil(CalendarDay(year: 2015, month: 2, day: 29))
        XCTAssertNotNil(CalendarDay(year: 2016, month: 2, day: 29))
        XCTAssertNil(CalendarDay(year: 1900, month: 2, day: 29))
        XCTAssertNotNil(CalendarDay(year: 2000, month: 2, day: 29))
        XCTAssertNil(CalendarDay(year: 2015, month: 13, day: 1))
        XCTAssertNil(CalendarDay(year: 2015, month: 4, day: 31))
    }

    func testOrdinalRoundTripsAndSteps() {
        XCTAssertEqual(day(1970, 1, 1).ordinal, 0)
        XCTAssertEqual(day(2000, 3, 1).ordinal - day(2000, 2, 28).ordinal, 2)
        XCTAssertEqual(day(2015, 12, 31).next, day(2016, 1, 1))
        XCTAssertEqual(day(2016, 2, 28).next, day(2016, 2, 29))
        XCTAssertEqual(day(1969, 12, 31).ordinal, -1)
        var current = day(1999, 1, 1)
        for _ in 0..<4000 {
            XCTAssertEqual(CalendarDay(ordinal: current.ordinal), current)
            current = current.next
        }
        XCTAssertEqual(current, day(1999, 1, 1).adding(days: 4000))
    }

    func testISOParsingAndDescription() {
        XCTAssertEqual(CalendarDay(iso: "2026-03-01"), day(2026, 3, 1))
        XCTAssertNil(CalendarDay(iso: "2026-3-1"))
        XCTAssertNil(CalendarDay(iso: "2026-02-30"))
        XCTAssertEqual(day(2026, 3, 1).description, "2026-03-01")
    }

    func testRangesKnowTheirKindAndMonths() throws {
        XCTAssertEqual(DayRange.year(2016).dayCount, 366)
        XCTAssertEqual(DayRange.year(2015).kind, .year)
        let february = YearMonth(2016, 2)
        XCTAssertEqual(DayRange.month(february).kind, .month)
        XCTAssertEqual(DayRange.month(february).dayCount, 29)
        let span = try XCTUnwrap(DayRange(first: day(2025, 11, 15), last: day(2026, 2, 10)))
        XCTAssertEqual(span.kind, .span)
        XCTAssertEqual(span.months.map(\.description), ["2025-11", "2025-12", "2026-01", "2026-02"])
        XCTAssertEqual(span.dayCount(in: span.months[0]), 16)
        XCTAssertEqual(span.dayCount(in: span.months[3]), 10)
        XCTAssertEqual(span.days.count, span.dayCount)
        XCTAssertNil(DayRange(first: day(2026, 1, 2), last: day(2026, 1, 1)))
    }

    func testOneLeapYearRuleForMonthsAndDays() {
        XCTAssertEqual(YearMonth(2000, 2).dayCount, 29)
        XCTAssertEqual(YearMonth(1900, 2).dayCount, 28)
        XCTAssertEqual(YearMonth(2016, 2).lastDay, day(2016, 2, 29))
        XCTAssertEqual(YearMonth(2015, 12).next, YearMonth(2016, 1))
        XCTAssertEqual(YearMonth(2015, 4).range.dayCount, 30)
        XCTAssertNil(YearMonth(year: 2015, month: 13))
        XCTAssertEqual(day(2016, 2, 29).yearMonth, YearMonth(2016, 2))
        // Every day of four centuries: the ordinal steps by one exactly where the month rule says.
        var current = day(1900, 1, 1)
        while current.year < 2300 {
            let next = current.next
            if next.ordinal != current.ordinal + 1 || (next.day == 1) != (current.day == current.yearMonth.dayCount) {
                return XCTFail("\(current) → \(next)")
            }
            current = next
        }
    }

    private func day(_ year: Int, _ month: Int, _ day: Int, line: UInt = #line) -> CalendarDay {
        guard let value = CalendarDay(year: year, month: month, day: day) else {
            XCTFail("\(year)-\(month)-\(day) is not a date", line: line)
            return CalendarDay(ordinal: 0)
        }
        return value
    }
}
