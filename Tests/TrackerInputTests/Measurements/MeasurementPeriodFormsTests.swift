import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// The other ways spreadsheets write a month in a period cell: `YYYYMM` and English Excel's
/// `mmm-yy` are read; an Excel serial number and a year-last date are refused with what they are.
final class MeasurementPeriodFormsTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    func testCompactAndEnglishMonthsAreRead() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value,valid_days
            202501,德胜街道,PM2.5,42.7,31
            Feb-25,德胜街道,PM2.5,35.3,28
            Mar 2025,德胜街道,PM2.5,30.3,31
            april-2025,德胜街道,PM2.5,26.2,30
            MAY.25,德胜街道,PM2.5,22.1,31

            """, period: .year(2025))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.period), (1...5).map { .month(YearMonth(2025, $0)) })
        XCTAssertEqual(set.measurements.map(\.value), [42.7, 35.3, 30.3, 26.2, 22.1])
    }

    func testASerialNumberAYearLastDateAndADayFirstNameSayWhatTheyAre() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value
            45689,德胜街道,PM2.5,42.7
            01/03/2025,德胜街道,PM2.5,35.3
            25-Jun,德胜街道,PM2.5,30.3
            202513,德胜街道,PM2.5,30.3
            Sept-25,德胜街道,PM2.5,30.3
            45703,德胜街道,PM2.5,30.3

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:1: warning: the period `45689` is an Excel date serial number, read as the month it begins (45689 is 2025-02-01); check the months; in Excel, format the period column as text or as `yyyy-mm` before saving as CSV",
            "m.csv:3:1: error: `01/03/2025` is a date with the year last, and whether it is day/month or month/day cannot be told; write the month as `YYYY-MM`, e.g. `2025-01`",
            "m.csv:4:1: error: `25-Jun` is not a month (`YYYY-MM`) or a year (`YYYY`); write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value",
            "m.csv:5:1: error: `202513` is not a month (`YYYY-MM`) or a year (`YYYY`); write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value",
            "m.csv:6:1: error: `Sept-25` is not a month (`YYYY-MM`) or a year (`YYYY`); write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value",
            "m.csv:7:1: error: `45703` looks like an Excel date serial number (45703 is 2025-02-15, not the first day of a month); write the month the value is for as `YYYY-MM`, e.g. `2025-02`; in Excel, format the period column as text or as `yyyy-mm` before saving as CSV",
        ])
        XCTAssertEqual(set.measurements.map(\.period), [.month(YearMonth(2025, 2))], "a serial on the 1st of a month is that month")
    }

    func testInfinityIsNotAMissingValueMarker() {
        let (_, diagnostics) = Support.read("""
            period,scope,indicator,value
            2025-01,德胜街道,PM2.5,inf
            2025-02,德胜街道,PM2.5,NaN

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:20: error: `inf` is infinite, not a measured value (a division by zero where it was computed?); write the measured value; when there is none, delete the row (long layout) or leave the cell empty (wide layout)",
            "m.csv:3:20: error: `NaN` is not a value (it marks a missing one); write the value; when there is none, delete the row (long layout) or leave the cell empty (wide layout)",
        ])
    }
}
