import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// A period written as a date, as the CSV Excel exports from a date cell holds it: the 1st of a
/// month is that month (the rule the workbook reader applies to date cells, `WorkbookDateTwinTests`);
/// another day is reported as a date.
final class MeasurementPeriodDateTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    func testTheFirstOfAMonthWrittenAsADateIsThatMonth() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value,valid_days
            2025/1/1,德胜街道,PM2.5,42.7,31
            2025-02-01,德胜街道,PM2.5,35.3,28
            2025.3.1,德胜街道,PM2.5,30.3,31
            2025年4月1日,德胜街道,PM2.5,26.2,30
            ２０２５／５／０１,德胜街道,PM2.5,22.1,31

            """, period: .year(2025))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.period), (1...5).map { .month(YearMonth(2025, $0)) })
        XCTAssertEqual(set.measurements.map(\.value), [42.7, 35.3, 30.3, 26.2, 22.1])
        XCTAssertEqual(set.measurements.map(\.validDays), [31, 28, 31, 30, 31], "the month's own day count applies")
    }

    func testAnotherDayIsADateNotAMonth() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value
            2025-01-15,德胜街道,PM2.5,42.7
            2025年2月28日,德胜街道,PM2.5,35.3
            2025/2/30,德胜街道,PM2.5,30.3
            2025-1/1,德胜街道,PM2.5,30.3

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:1: error: `2025-01-15` is a date, not a month (only the 1st of a month is read as the month); write the month the value is for as `YYYY-MM`, e.g. `2025-01`",
            "m.csv:3:1: error: `2025年2月28日` is a date, not a month (only the 1st of a month is read as the month); write the month the value is for as `YYYY-MM`, e.g. `2025-02`",
            "m.csv:4:1: error: `2025/2/30` is not a month (`YYYY-MM`) or a year (`YYYY`); write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value",
            "m.csv:5:1: error: `2025-1/1` is not a month (`YYYY-MM`) or a year (`YYYY`); write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value",
        ])
        XCTAssertEqual(set.measurements, [])
    }

    func testAFileStartingWithADateHasNoHeader() {
        XCTAssertEqual(Support.read("2025/1/1,西城区,PM2.5,48\n").diagnostics.map(\.description), [
            "m.csv:1:1: error: the file has no header row: the first row is data; add a header row: `period,scope,indicator,value[,valid_days][,unit][,flag][,note]` (long layout) or `period,scope,<indicator>,<indicator>,…` (wide layout)",
        ])
    }
}
