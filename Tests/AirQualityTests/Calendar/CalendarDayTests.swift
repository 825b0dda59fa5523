import AirQuality
import XCTest

final class CalendarDayTests: XCTestCase {
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
        let february = try XCTUnwrap(CalendarMonth(year: 2016, month: 2))
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
}
