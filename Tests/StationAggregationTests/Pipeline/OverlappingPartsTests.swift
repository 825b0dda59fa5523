@testable import StationAggregation
import TrackerModel
import XCTest
import TrackerTestSupport

/// When parts of a file overlap (the same station-day in two parts), the parallel read cannot
/// tell which row came first, so everything is read again on one core: the first row wins and
/// each duplicate is reported at its own line, exactly as a plain sequential read.
final class OverlappingPartsTests: XCTestCase {
    func testADayRepeatedFarDownTheFileIsReadAgainSequentially() throws {
        let folder = try temporaryFolder()
        var lines = HourlyFixture.hourly.split(separator: "\n").map(String.init)
        // Filler days of another station, so that the file cuts into several parts …
        for day in 1...28 {
            for hour in 0..<24 {
                lines.append("B,2025-02-\(day < 10 ? "0" : "")\(day)T\(hour < 10 ? "0" : "")\(hour):00,35,40,5,20,0.5,50")
            }
        }
        // … and A's 2025-01-01 again at the end, with other values.
        let repeated = (0..<24).map { hour in "A,2025-01-01T\(hour < 10 ? "0" : "")\(hour):00,999,40,5,20,0.5,50" }
        let firstRepeatLine = lines.count + 1
        lines += repeated
        let hourly = try TestFiles.write(lines.joined(separator: "\n") + "\n", "hourly.csv", in: folder)
        let stations = try TestFiles.write(HourlyFixture.stations, "stations.csv", in: folder)
        var options = AggregationOptions(workers: 2)
        options.minimumPartBytes = 4 << 10
        let result = HourlyAggregation.run(hourly: [hourly], stations: stations, exclusions: nil, scopes: TestFiles.scopes,
                                           options: options)
        XCTAssertTrue(result.run.readAgainSequentially)
        XCTAssertEqual(result.files.first?.duplicateHours, 24)
        XCTAssertEqual(result.diagnostics.count, 24)
        XCTAssertEqual(result.diagnostics.first?.description,
                       "\(hourly):\(firstRepeatLine):1: warning: a second row for A at 2025-01-01 hour 0; the first row is kept — remove the duplicate")
        let january = result.measurements.measurements.first { $0.scope == "德胜街道" && $0.indicator == "pm25_annual_mean" }
        XCTAssertEqual(january?.value, 110, "the first rows (60, 160) are kept, not the repeated 999")
    }
}
