import AirQuality
import XCTest

final class OzoneDayTests: XCTestCase {
    /// The first `valid` hours set to `value`: windows s = 0…valid−6 then have ≥ 6 hours, so a
    /// day with k valid hours has k − 5 valid windows.
    private func ozone(_ value: Double, validHours: Int) -> OzoneDay {
        OzoneDay(hours: hours(value, valid: validHours))
    }

    func testWindowNeedsSixHours() {
        let five: [Double?] = [10, 20, 30, 40, 50, nil, nil, nil] + Array(repeating: nil, count: 16)
        let six: [Double?] = [10, 20, 30, 40, 50, 60, nil, nil] + Array(repeating: nil, count: 16)
        XCTAssertNil(OzoneDay(hours: five).windowMeans[0])
        XCTAssertEqual(OzoneDay(hours: six).windowMeans[0], 35)
        XCTAssertNil(OzoneDay(hours: six).windowMeans[1], "window 1 has hours 1–5 only")
    }

    func testSeventeenWindowsInsideTheDay() {
        let day = ozone(100, validHours: 24)
        XCTAssertEqual(day.windowMeans.count, 17)
        XCTAssertEqual(day.validWindowCount, 17)
        XCTAssertEqual(day.max8h, 100)
    }

    func testMaxEightHourNeedsFourteenWindows() {
        XCTAssertEqual(ozone(100, validHours: 18).validWindowCount, 13)
        XCTAssertNil(ozone(100, validHours: 18).max8h)
        XCTAssertEqual(ozone(100, validHours: 19).validWindowCount, 14)
        XCTAssertEqual(ozone(100, validHours: 19).max8h, 100)
    }

    func testFewerWindowsStillValidAbove160() {
        XCTAssertEqual(ozone(161, validHours: 18).max8h, 161)
        XCTAssertNil(ozone(160, validHours: 18).max8h, "160 does not exceed 160")
        XCTAssertNil(ozone(160.4, validHours: 18).max8h, "reported as 160: no exceedance proven")
        XCTAssertEqual(ozone(160.6, validHours: 18).max8h, 160.6, "reported as 161")
        XCTAssertEqual(ozone(300, validHours: 6).max8h, 300, "one window is enough when it exceeds")
    }

    func testMaxOneHourNeedsTwentyHours() {
        var series = hours(50, valid: 19)
        series[3] = 180
        XCTAssertNil(OzoneDay(hours: series).max1h)
        series[19] = 60
        XCTAssertEqual(OzoneDay(hours: series).max1h, 180)
    }

    func testAreaConstructorAppliesOnlyDailyRules() {
        let windows: [Double?] = Array(repeating: 120, count: 13) + [nil, nil, nil, nil]
        XCTAssertNil(OzoneDay(hours: hours(50), windowMeans: windows).max8h)
        let exceeding: [Double?] = Array(repeating: 170, count: 13) + [nil, nil, nil, nil]
        XCTAssertEqual(OzoneDay(hours: hours(50), windowMeans: exceeding).max8h, 170)
    }
}
