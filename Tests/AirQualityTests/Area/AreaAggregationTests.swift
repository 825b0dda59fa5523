import AirQuality
import TrackerModel
import XCTest

final class AreaAggregationTests: XCTestCase {
    func testHalfTheStationsRoundedUp() {
        XCTAssertEqual(AreaAggregation(stationCount: 1).requiredStations, 1)
        XCTAssertEqual(AreaAggregation(stationCount: 2).requiredStations, 1)
        XCTAssertEqual(AreaAggregation(stationCount: 3).requiredStations, 2)
        XCTAssertEqual(AreaAggregation(stationCount: 4).requiredStations, 2)
        XCTAssertEqual(AreaAggregation(stationCount: 5).requiredStations, 3)
    }

    func testMeanOfValidStationValues() {
        let d = day(2015, 1, 1)
        let two = AreaAggregation(stationCount: 2)
        XCTAssertEqual(two.combine(day: d, stations: [directDay(d, pm25: 40), directDay(d, pm25: 61)]).mean(.pm25), 50.5)
        XCTAssertEqual(two.combine(day: d, stations: [directDay(d, pm25: 40), directDay(d, pm25: nil)]).mean(.pm25), 40)
        let three = AreaAggregation(stationCount: 3)
        XCTAssertNil(three.combine(day: d, stations: [directDay(d, pm25: 40), directDay(d, pm25: nil)]).mean(.pm25))
        XCTAssertNil(three.combine(day: d, stations: [directDay(d, pm25: 40)]).mean(.pm25), "absent stations count too")
        XCTAssertEqual(three.combine(day: d, stations: [directDay(d, pm25: 40), directDay(d, pm25: 50)]).mean(.pm25), 45)
    }

    func testOzoneIsCombinedWindowByWindow() {
        let d = day(2015, 7, 1)
        var means = PerPollutant<Double?>(repeating: 10)
        means[.co] = 0.4
        let windowsA: [Double?] = (0..<17).map { $0 <= 8 ? 100 : nil }
        let windowsB: [Double?] = (0..<17).map { $0 >= 8 ? 200 : nil }
        let a = DailyValues(day: d, means: means, ozone: OzoneDay(hours: hours(100), windowMeans: windowsA))
        let b = DailyValues(day: d, means: means, ozone: OzoneDay(hours: hours(200), windowMeans: windowsB))
        XCTAssertNil(a.ozone.max8h, "9 windows ≤ 160: station A alone is not valid")
        let area = AreaAggregation(stationCount: 2).combine(day: d, stations: [a, b])
        XCTAssertEqual(area.ozone.windowMeans[0], 100)
        XCTAssertEqual(area.ozone.windowMeans[8], 150)
        XCTAssertEqual(area.ozone.windowMeans[16], 200)
        XCTAssertEqual(area.ozone.validWindowCount, 17)
        XCTAssertEqual(area.ozone.max8h, 200)
        XCTAssertEqual(area.ozone.max1h, 150, "hour by hour: (100 + 200) / 2")
    }

    func testAreaAQIIsComputedFromAreaConcentrations() {
        let d = day(2015, 1, 1)
        // Station IAQIs 94 and 109; the area's PM2.5 76 gives 102 (not max 109, not mean 101.5).
        let area = AreaAggregation(stationCount: 2).combine(day: d, stations: [directDay(d, pm25: 70), directDay(d, pm25: 82)])
        let aqi = DailyAssessment(values: area, version: .hj633_2012).aqi
        XCTAssertEqual(aqi.value, 102)
    }

    func testSeriesAreAlignedByDay() {
        let d1 = day(2015, 1, 1)
        let d2 = day(2015, 1, 2)
        let combined = AreaAggregation(stationCount: 2).combine(series: [
            [directDay(d1, pm25: 30), directDay(d2, pm25: 50)],
            [directDay(d2, pm25: 70)],
        ])
        XCTAssertEqual(combined.map(\.day), [d1, d2])
        XCTAssertEqual(combined.map { $0.mean(.pm25) }, [30, 60])
    }
}
