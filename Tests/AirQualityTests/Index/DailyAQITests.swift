import AirQuality
import XCTest

final class DailyAQITests: XCTestCase {
    func testAllItemsValidGivesAValidAQI() {
        let aqi = DailyAQI(concentrations: concentrations(), version: .hj633_2012)
        XCTAssertTrue(aqi.missingItems.isEmpty)
        XCTAssertNotNil(aqi.value)
        XCTAssertEqual(aqi.category, .excellent)
        XCTAssertEqual(aqi.primaryItems, [], "no primary pollutant at AQI ≤ 50")
    }

    func testMissingPollutantBelowOrAt100IsNA() {
        // PM10 missing; the others give 100 (PM2.5 75 under 2012): not enough to call the day.
        let aqi = DailyAQI(concentrations: concentrations([.pm10: nil, .pm25: 75]), version: .hj633_2012)
        XCTAssertEqual(aqi.missingItems, [.pm10])
        XCTAssertEqual(aqi.maximumOfAvailable, 100)
        XCTAssertNil(aqi.value)
        XCTAssertFalse(aqi.isValid)
        XCTAssertFalse(aqi.isGoodDay)
        XCTAssertNil(aqi.category)
    }

    func testMissingPollutantAbove100Counts() {
        // PM2.5 75.6 → 76 → 102 > 100: the day is polluted whatever PM10 was.
        let aqi = DailyAQI(concentrations: concentrations([.pm10: nil, .pm25: 75.6]), version: .hj633_2012)
        XCTAssertEqual(aqi.value, 102)
        XCTAssertEqual(aqi.category, .lightlyPolluted)
        XCTAssertEqual(aqi.primaryPollutants, [.pm25])
    }

    func testMissingRuleUnder2026AndOneHourIgnored() {
        // 2026 does not use O3 1-h: its absence is not a missing pollutant.
        let aqi = DailyAQI(concentrations: concentrations([.o3OneHour: nil]), version: .hj633_2026)
        XCTAssertTrue(aqi.missingItems.isEmpty)
        XCTAssertNotNil(aqi.value)
        // 2012 needs O3 1-h [rule: every item of the version].
        let old = DailyAQI(concentrations: concentrations([.o3OneHour: nil]), version: .hj633_2012)
        XCTAssertEqual(old.missingItems, [.o3OneHour])
        XCTAssertNil(old.value)
        // Under 2026, PM2.5 60 → 100 with CO missing: NA; 61 → 101 counts.
        XCTAssertNil(DailyAQI(concentrations: concentrations([.co: nil, .pm25: 60]), version: .hj633_2026).value)
        XCTAssertEqual(DailyAQI(concentrations: concentrations([.co: nil, .pm25: 61]), version: .hj633_2026).value, 101)
    }

    func testNothingValidIsNA() {
        XCTAssertNil(DailyAQI(concentrations: [:], version: .hj633_2012).value)
    }

    func testOzoneAbove800WithoutOneHourIsMissing() {
        let aqi = DailyAQI(concentrations: concentrations([.o3EightHour: 900, .o3OneHour: nil]), version: .hj633_2012)
        XCTAssertTrue(aqi.missingItems.contains(.o3EightHour))
        XCTAssertNil(aqi.value)
    }

    func testHeavyAndGoodDayThresholds() {
        // PM2.5 150 → 200 (中度, not heavy); 151 → 201 (重度, heavy).
        let at200 = DailyAQI(concentrations: concentrations([.pm25: 150]), version: .hj633_2012)
        let at201 = DailyAQI(concentrations: concentrations([.pm25: 151]), version: .hj633_2012)
        XCTAssertEqual(at200.value, 200)
        XCTAssertFalse(at200.isHeavyPollutionDay)
        XCTAssertEqual(at201.value, 201)
        XCTAssertTrue(at201.isHeavyPollutionDay)
        XCTAssertEqual(at201.category, .heavilyPolluted)
    }

    func testSeveralPrimaryPollutants() {
        // PM10 150 and PM2.5 75 both give 100 under 2012.
        let aqi = DailyAQI(concentrations: concentrations([.pm10: 150, .pm25: 75]), version: .hj633_2012)
        XCTAssertEqual(aqi.value, 100)
        XCTAssertEqual(aqi.primaryPollutants, [.pm10, .pm25])
    }
}
