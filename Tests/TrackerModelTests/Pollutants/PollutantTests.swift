import TrackerModel
import XCTest

final class PollutantTests: XCTestCase {
    func testUnitsAndRounding() {
        XCTAssertEqual(Pollutant.co.unit, "mg/m³")
        XCTAssertEqual(Pollutant.pm25.unit, "µg/m³")
        XCTAssertEqual(Pollutant.co.roundingDecimals, 1)
        XCTAssertEqual(Pollutant.o3.roundingDecimals, 0)
        XCTAssertEqual(Pollutant(rawValue: "PM2.5"), .pm25)
        XCTAssertEqual(Pollutant.twentyFourHourMeans, [.pm25, .pm10, .so2, .no2, .co])
    }

    func testPerPollutantKeepsValuesApart() {
        var counts = PerPollutant(repeating: 0)
        counts[.co] += 2
        counts[.o3] = 7
        XCTAssertEqual(Pollutant.allCases.map { counts[$0] }, [0, 0, 0, 0, 2, 7])
        XCTAssertEqual(counts.map { $0 * 10 }[.o3], 70)
    }
}
