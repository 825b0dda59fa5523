import AirQuality
import TrackerModel
import XCTest

/// A date known to exist (test constants only).
func day(_ year: Int, _ month: Int, _ dayOfMonth: Int, file: StaticString = #filePath, line: UInt = #line) -> CalendarDay {
    guard let value = CalendarDay(year: year, month: month, day: dayOfMonth) else {
        XCTFail("not a date: \(year)-\(month)-\(dayOfMonth)", file: file, line: line)
        return CalendarDay(ordinal: 0)
    }
    return value
}

/// 24 hours with the first `valid` hours set to `value` and the rest missing.
func hours(_ value: Double, valid: Int = 24) -> [Double?] {
    (0..<24).map { $0 < valid ? value : nil }
}

/// Daily values with every item valid and low (AQI well under 50) unless overridden.
func cleanDay(_ date: CalendarDay, pm25: Double? = 10, pm10: Double? = 20, so2: Double? = 5, no2: Double? = 10,
              co: Double? = 0.4, o3: Double? = 40) -> DailyValues {
    var series: [Pollutant: [Double?]] = [:]
    series[.pm25] = pm25.map { hours($0) } ?? hours(0, valid: 0)
    series[.pm10] = pm10.map { hours($0) } ?? hours(0, valid: 0)
    series[.so2] = so2.map { hours($0) } ?? hours(0, valid: 0)
    series[.no2] = no2.map { hours($0) } ?? hours(0, valid: 0)
    series[.co] = co.map { hours($0) } ?? hours(0, valid: 0)
    series[.o3] = o3.map { hours($0) } ?? hours(0, valid: 0)
    return DailyValues(hours: HourlyDay(day: date, series: series))
}

/// Full-item concentrations for DailyAQI tests: everything clean except what is given.
func concentrations(_ overrides: [IndexItem: Double?] = [:]) -> [IndexItem: Double] {
    var values: [IndexItem: Double] = [
        .so2: 5, .no2: 10, .pm10: 20, .co: 0.4, .o3OneHour: 60, .o3EightHour: 50, .pm25: 10,
    ]
    for (item, value) in overrides { values[item] = value }
    return values
}

/// Daily values given directly (no hours): every item valid unless nil.
func directDay(_ date: CalendarDay, pm25: Double? = 10, pm10: Double? = 20, so2: Double? = 5, no2: Double? = 10,
               co: Double? = 0.4, o3: Double? = 40) -> DailyValues {
    var means = PerPollutant<Double?>(repeating: nil)
    means[.pm25] = pm25
    means[.pm10] = pm10
    means[.so2] = so2
    means[.no2] = no2
    means[.co] = co
    let ozone = OzoneDay(hours: Array(repeating: o3, count: 24), windowMeans: Array(repeating: o3, count: 17))
    return DailyValues(day: date, means: means, ozone: ozone)
}

/// Assessed days of `range` (automatic standard), PM2.5 from `pm25(day)`.
func assessedDays(_ range: DayRange, pm25: (CalendarDay) -> Double? = { _ in 10 }) -> [DailyAssessment] {
    DailyAssessment.assess(range.days.map { directDay($0, pm25: pm25($0)) }, choice: .automatic)
}
