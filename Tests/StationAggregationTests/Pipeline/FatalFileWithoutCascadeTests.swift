@testable import StationAggregation
import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// After a fatal problem in a file, one error: no "station has no hourly rows" warning for every
/// station of the list, which only repeats it.
final class FatalFileWithoutCascadeTests: XCTestCase {
    func testAnUnreadableHeaderIsOneErrorAndNothingElse() throws {
        let folder = try temporaryFolder("cascade")
        let hourly = try TestFiles.write("编号,日期,细颗粒物\n1,2025-01-01,30\n", "bad.csv", in: folder)
        let result = HourlyAggregation.run(hourly: [hourly], stations: TestFiles.stationList, exclusions: nil, scopes: TestFiles.scopes)
        XCTAssertEqual(result.diagnostics.map(\.code), [.hourlyHeaderUnrecognised])
        XCTAssertEqual(result.diagnostics.first?.severity, .error)
    }

    func testAReadableFileStillReportsStationsItLacks() throws {
        let folder = try temporaryFolder("cascade")
        let hourly = try TestFiles.write("station,time,PM2.5\nGuanyuan,2025-01-01T00:00,30\n", "ok.csv", in: folder)
        let result = HourlyAggregation.run(hourly: [hourly], stations: TestFiles.stationList, exclusions: nil, scopes: TestFiles.scopes)
        XCTAssertEqual(result.diagnostics.map(\.code), Array(repeating: .stationWithoutHourlyRows, count: 3))
    }
}
