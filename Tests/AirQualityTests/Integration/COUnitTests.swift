import AirQuality
import Foundation
import TrackerInput
import XCTest

/// CO arrives in µg/m³ in the UCI files and must reach the IAQI in mg/m³.
final class COUnitTests: XCTestCase {
    private let header = #""No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","station""#

    func testUCICOInMicrogramsGivesTheMilligramIAQI() throws {
        // 24 hours of CO 2500 µg/m³ = 2.5 mg/m³ → IAQI 63 (air-quality.md §10).
        let rows = (0..<24).map { #"\#($0 + 1),2015,1,1,\#($0),10,20,5,10,2500,40,0,0,0,0,"N",1,"Guanyuan""# }
        var days = StationDayAccumulator()
        let summary = HourlyReader().read(data: Data(([header] + rows).joined(separator: "\n").utf8), name: "t.csv",
                                          into: &days)
        XCTAssertEqual(summary.coUnit, .microgramsPerCubicMetre)
        let daily = try XCTUnwrap(HourlyBridge.dailyValues(days, station: "Guanyuan").first)
        XCTAssertEqual(daily.mean(.co), 2.5)
        let aqi = DailyAssessment(values: daily, version: .hj633_2012).aqi
        XCTAssertEqual(aqi.index(of: .co)?.roundedConcentration, 2.5)
        XCTAssertEqual(aqi.index(of: .co)?.value, 63)
        XCTAssertEqual(aqi.value, 63)
        XCTAssertEqual(aqi.primaryPollutants, [.co])
    }

    func testCOAtAHalfRoundsToEvenAfterConversion() throws {
        // 2250 µg/m³ → 2.25 mg/m³ → 2.2 → IAQI 55; 2350 → 2.35 → 2.4 → 60.
        for (microgram, expected) in [(2250, 55), (2350, 60)] {
            let rows = (0..<24).map { #"\#($0 + 1),2015,1,1,\#($0),10,20,5,10,\#(microgram),40,0,0,0,0,"N",1,"S""# }
            var days = StationDayAccumulator()
            _ = HourlyReader().read(data: Data(([header] + rows).joined(separator: "\n").utf8), name: "t.csv", into: &days)
            let daily = try XCTUnwrap(HourlyBridge.dailyValues(days, station: "S").first)
            XCTAssertEqual(DailyAssessment(values: daily, version: .hj633_2026).aqi.index(of: .co)?.value, expected)
        }
    }
}
