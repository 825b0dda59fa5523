import TrackerInput
import TrackerModel
import XCTest

/// The hourly reader's knowledge of each pollutant is keyed by the one `Pollutant` type.
final class PollutantHeaderTests: XCTestCase {
    func testHeaderSpellingsNameThePollutant() {
        XCTAssertEqual(Pollutant(headerName: "PM2.5"), .pm25)
        XCTAssertEqual(Pollutant(headerName: "pm25"), .pm25)
        XCTAssertEqual(Pollutant(headerName: "PM2_5"), .pm25)
        XCTAssertEqual(Pollutant(headerName: "o3"), .o3)
        XCTAssertNil(Pollutant(headerName: "TEMP"))
        // Every pollutant's own name is a header spelling of it.
        for pollutant in Pollutant.allCases { XCTAssertEqual(Pollutant(headerName: pollutant.rawValue), pollutant) }
    }

    func testStoredUnitsAreTheUnitsOfTheStatistics() {
        XCTAssertEqual(Pollutant.co.storedUnit, .milligramsPerCubicMetre)
        XCTAssertEqual(Pollutant.pm25.storedUnit, .microgramsPerCubicMetre)
        for pollutant in Pollutant.allCases { XCTAssertEqual(pollutant.storedUnit.rawValue, pollutant.unit) }
    }
}
