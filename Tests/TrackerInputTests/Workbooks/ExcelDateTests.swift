@testable import TrackerInput
import TrackerModel
import XCTest

/// Excel serials become the package's calendar days and months.
final class ExcelDateTests: XCTestCase {
    func testSerialsOfBothSystems() {
        XCTAssertEqual(ExcelDate.day(serial: 45658, uses1904: false), CalendarDay(year: 2025, month: 1, day: 1))
        XCTAssertEqual(ExcelDate.day(serial: 45658.75, uses1904: false), CalendarDay(year: 2025, month: 1, day: 1))
        XCTAssertEqual(ExcelDate.day(serial: 1, uses1904: false), CalendarDay(year: 1900, month: 1, day: 1))
        XCTAssertEqual(ExcelDate.day(serial: 61, uses1904: false), CalendarDay(year: 1900, month: 3, day: 1))
        XCTAssertEqual(ExcelDate.day(serial: 0, uses1904: true), CalendarDay(year: 1904, month: 1, day: 1))
        XCTAssertEqual(ExcelDate.day(serial: 44196, uses1904: true), CalendarDay(year: 2025, month: 1, day: 1))
        XCTAssertNil(ExcelDate.day(serial: 0, uses1904: false))
        XCTAssertNil(ExcelDate.day(serial: -1, uses1904: false))
        XCTAssertNil(ExcelDate.day(serial: .nan, uses1904: false))
    }

    func testExcelsFictitiousLeapDayHasAMonthButNoDay() {
        XCTAssertNil(ExcelDate.day(serial: 60, uses1904: false))
        XCTAssertEqual(ExcelDate.month(serial: 60, uses1904: false), YearMonth(1900, 2))
        XCTAssertEqual(CellText.number("60", format: .date(year: true, month: true, day: true), uses1904: false), "1900-02")
        XCTAssertEqual(CellText.number("59", format: .date(year: true, month: true, day: true), uses1904: false), "1900-02-28")
    }
}
