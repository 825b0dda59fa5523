import AirQuality
import XCTest

final class BreakpointTableTests: XCTestCase {
    func testExactlyOnABreakpointTakesTheLowerSegmentsTop() throws {
        let pm25 = try XCTUnwrap(StandardVersion.hj633_2012.breakpoints(for: .pm25))
        XCTAssertEqual(pm25.rawIndex(for: 75), 100)
        XCTAssertEqual(pm25.rawIndex(for: 35), 50)
        XCTAssertEqual(pm25.rawIndex(for: 0), 0)
        XCTAssertEqual(pm25.rawIndex(for: 500), 500)
    }

    func testAboveTheLastBreakpointIs500() {
        for version in StandardVersion.allCases {
            for item in version.indexItems where item != .o3EightHour {
                let table = version.breakpoints(for: item)
                XCTAssertEqual(table?.rawIndex(for: (table?.lastConcentration ?? 0) + 1), 500, "\(item) \(version)")
            }
        }
        XCTAssertEqual(IndividualIndex(item: .pm25, concentration: 999, version: .hj633_2026)?.value, 500)
        XCTAssertEqual(IndividualIndex(item: .co, concentration: 61, version: .hj633_2012)?.value, 500)
    }

    func testTablesMatchTheDocument() {
        let v12 = StandardVersion.hj633_2012
        let v26 = StandardVersion.hj633_2026
        XCTAssertEqual(v12.breakpoints(for: .pm10)?.concentrations, [0, 50, 150, 250, 350, 420, 500, 600])
        XCTAssertEqual(v26.breakpoints(for: .pm10)?.concentrations, [0, 50, 120, 250, 350, 420, 500, 600])
        XCTAssertEqual(v12.breakpoints(for: .pm25)?.concentrations, [0, 35, 75, 115, 150, 250, 350, 500])
        XCTAssertEqual(v26.breakpoints(for: .pm25)?.concentrations, [0, 35, 60, 115, 150, 250, 350, 500])
        XCTAssertEqual(v12.breakpoints(for: .o3OneHour)?.concentrations, [0, 160, 200, 300, 400, 800, 1000, 1200])
        XCTAssertEqual(v26.breakpoints(for: .o3EightHour)?.indices, [0, 50, 100, 150, 200, 300])
        for item in [IndexItem.so2, .no2, .co, .o3EightHour] {
            XCTAssertEqual(v12.breakpoints(for: item), v26.breakpoints(for: item), "\(item) is unchanged in 2026")
        }
    }

    func testSegmentInterpolationIsRoundedUp() {
        // SO2 475 → 150 exactly; 476 → (200−150)/(800−475)·1 + 150 = 150.15… → 151.
        XCTAssertEqual(IndividualIndex(item: .so2, concentration: 475, version: .hj633_2012)?.value, 150)
        XCTAssertEqual(IndividualIndex(item: .so2, concentration: 476, version: .hj633_2012)?.value, 151)
        // NO2 180 → 150; O3 8-h 800 → 300 (on the last breakpoint, no special case).
        XCTAssertEqual(IndividualIndex(item: .no2, concentration: 180, version: .hj633_2026)?.value, 150)
        XCTAssertEqual(IndividualIndex(item: .o3EightHour, concentration: 800, version: .hj633_2012)?.value, 300)
        XCTAssertEqual(IndividualIndex(item: .o3EightHour, concentration: 800.4, version: .hj633_2012,
                                       o3OneHour: 1100)?.value, 300, "800.4 rounds to 800: not above 800")
    }
}
