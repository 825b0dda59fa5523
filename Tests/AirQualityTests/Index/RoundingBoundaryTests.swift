import AirQuality
import XCTest

/// GB/T 8170 half-to-even is applied to the concentration before the IAQI (§4).
final class RoundingBoundaryTests: XCTestCase {
    private func rounded(_ item: IndexItem, _ c: Double) -> Double? {
        IndividualIndex(item: item, concentration: c, version: .hj633_2012)?.roundedConcentration
    }

    func testHalvesRoundToEven() {
        XCTAssertEqual(rounded(.pm25, 74.5), 74)
        XCTAssertEqual(rounded(.pm25, 75.5), 76)
        XCTAssertEqual(rounded(.co, 2.25), 2.2)
        XCTAssertEqual(rounded(.co, 2.35), 2.4, "2.35 is stored as 2.3499…; still a half")
        XCTAssertEqual(rounded(.pm25, 74.500_000_000_1), 74, "within 1e-9 of the half")
        XCTAssertEqual(rounded(.pm25, 74.51), 75)
    }

    func testHalvesChangeTheIndex() {
        // 74.5 → 74 → 98.75 → 99 (2012); 75.5 → 76 → 101.25 → 102.
        XCTAssertEqual(IndividualIndex(item: .pm25, concentration: 74.5, version: .hj633_2012)?.value, 99)
        XCTAssertEqual(IndividualIndex(item: .pm25, concentration: 75.5, version: .hj633_2012)?.value, 102)
        // CO 2.25 → 2.2 → 55; 2.35 → 2.4 → 60.
        XCTAssertEqual(IndividualIndex(item: .co, concentration: 2.25, version: .hj633_2012)?.value, 55)
        XCTAssertEqual(IndividualIndex(item: .co, concentration: 2.35, version: .hj633_2012)?.value, 60)
    }

    func testMeanThatLandsOnAHalfRoundsToEven() {
        // 24 hours alternating 74 and 75 average exactly 74.5 → 74 → IAQI 99 (good day).
        let pm = (0..<24).map { Double?($0 % 2 == 0 ? 74 : 75) }
        let values = DailyValues(hours: HourlyDay(day: day(2015, 1, 1), series: [
            .pm25: pm, .pm10: hours(20), .so2: hours(5), .no2: hours(10), .co: hours(0.4), .o3: hours(40),
        ]))
        let aqi = DailyAQI(concentrations: values.indexConcentrations, version: .hj633_2012)
        XCTAssertEqual(values.mean(.pm25), 74.5)
        XCTAssertEqual(aqi.index(of: .pm25)?.roundedConcentration, 74)
        XCTAssertEqual(aqi.value, 99)
    }
}
