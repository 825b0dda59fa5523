import AirQuality
import XCTest

final class DailyValuesTests: XCTestCase {
    private func values(pm25 hoursOfPM25: [Double?]) -> DailyValues {
        DailyValues(hours: HourlyDay(day: day(2015, 1, 1), series: [.pm25: hoursOfPM25]))
    }

    func testTwentyFourHourMeanNeedsTwentyHours() {
        XCTAssertNil(values(pm25: hours(50, valid: 19)).mean(.pm25))
        XCTAssertEqual(values(pm25: hours(50, valid: 20)).mean(.pm25), 50)
    }

    func testMeanIsOfTheValidHoursOnly() {
        var series = hours(10, valid: 20)
        series[0] = 90  // 90 + 19 × 10 = 280 over 20 hours
        XCTAssertEqual(values(pm25: series).mean(.pm25), 14)
    }

    func testNegativeAndNaNHoursAreInvalid() {
        var series = hours(50)
        series[0] = -1
        series[1] = .nan
        series[2] = -0.5
        series[3] = .infinity
        var hourly = HourlyDay(day: day(2015, 1, 1), series: [.pm25: series])
        XCTAssertEqual(hourly.validHourCount(.pm25), 20)
        XCTAssertNil(hourly[.pm25, 0])
        hourly[.pm25, 24] = 5  // outside the day: ignored
        XCTAssertNil(hourly[.pm25, 24])
        XCTAssertEqual(DailyValues(hours: hourly).mean(.pm25), 50)
    }

    func testO3HasNoTwentyFourHourMeanButADailyValue() {
        let daily = cleanDay(day(2015, 1, 1), o3: 80)
        XCTAssertNil(daily.mean(.o3))
        XCTAssertEqual(daily.dailyValue(.o3), 80)
        XCTAssertEqual(daily.indexConcentrations[.o3EightHour], 80)
        XCTAssertEqual(daily.indexConcentrations[.o3OneHour], 80)
        XCTAssertEqual(daily.indexConcentrations.count, 7)
    }

    func testCOStaysInMilligrams() {
        let daily = cleanDay(day(2015, 1, 1), co: 2.5)
        XCTAssertEqual(daily.mean(.co), 2.5)
        XCTAssertEqual(DailyAQI(concentrations: daily.indexConcentrations, version: .hj633_2012).index(of: .co)?.value, 63)
    }
}
