import TrackerModel
import XCTest

/// The columns `tracker aggregate --exclude` writes: a month's value without its sand-dust days,
/// and the month with them (`excluded_days`, `value_with_excluded`, `valid_days_with_excluded`).
final class ExcludedDaysColumnsTests: XCTestCase {
    private typealias Support = MeasurementTestSupport
    private let header = "period,scope,indicator,value,valid_days,unit,flag,excluded_days,value_with_excluded,valid_days_with_excluded,note\n"

    func testARowWithExcludedDaysKeepsBothFigures() throws {
        let (set, diagnostics) = Support.read(header + """
            2015-03,西城区,pm25_annual_mean,86.17,29,µg/m³,,1,85.31,30,1 excluded day (2015-03-28 沙尘)
            2015-03,西城区,heavy_pollution_days,2,29,天,,1,3,30,
            2015-01,西城区,pm25_annual_mean,99.7,31,µg/m³,,,,,

            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.excludedDays), [
            ExcludedDays(count: 1, valueWithThem: 85.31, validDaysWithThem: 30),
            ExcludedDays(count: 1, valueWithThem: 3, validDaysWithThem: 30),
            nil,
        ])
        XCTAssertEqual(set.measurements.map(\.flags), [[], [], []], "the month itself is not excluded")
    }

    func testWithoutAUnitColumnTheValuesAreInTheCatalogUnit() {
        // As a person would write it by hand: no unit column. Nothing may be dropped silently.
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value,valid_days,excluded_days,value_with_excluded,valid_days_with_excluded
            2015-03,西城区,pm25_annual_mean,86.17,29,1,85.31,30

            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.excludedDays), [ExcludedDays(count: 1, valueWithThem: 85.31, validDaysWithThem: 30)])
    }

    func testHalfAnExclusionIsAnErrorNotAGuess() {
        let (set, diagnostics) = Support.read(header + """
            2015-03,西城区,pm25_annual_mean,86.17,29,µg/m³,,1,,30,
            2015-04,西城区,pm25_annual_mean,80,29,µg/m³,,,81,,
            2015-05,西城区,pm25_annual_mean,0.07,31,mg/m³,,x,0.08,31,

            """)
        XCTAssertEqual(set.measurements.count, 0)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:46: error: excluded days without `value_with_excluded`; write the month's value with those days in `value_with_excluded`, as `tracker aggregate --exclude` does",
            "m.csv:3:44: error: a value with excluded days, but no `excluded_days`; write how many days were excluded in `excluded_days`, or empty this cell",
            "m.csv:4:45: error: excluded days `x` is not a whole number; write the number of excluded days, 0 to 31",
        ])
    }
}
