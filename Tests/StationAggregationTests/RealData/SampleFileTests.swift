@testable import StationAggregation
import TrackerInput
import TrackerModel
import XCTest
import TrackerTestSupport

/// Samples/dongcheng-xicheng-2014-2016.csv is what `tracker aggregate` makes of the real files,
/// and the measurement reader of `tracker evaluate` reads it without a problem.
final class SampleFileTests: XCTestCase {
    func testTheSampleIsCurrentAndReadableByTheEvaluation() throws {
        guard TestFiles.hasRealData else { throw XCTSkip("shared data not present") }
        var catalogs = CatalogReader()
        for name in ["indicators.catalog", "scopes.catalog"] {
            let file = Fixtures.path("Targets/\(name)")
            catalogs.read(try String(contentsOfFile: file, encoding: .utf8), file: file)
        }
        let sample = Fixtures.path("Samples/dongcheng-xicheng-2014-2016.csv")
        let (set, diagnostics) = MeasurementReader.read(files: [sample], indicators: catalogs.indicators, scopes: catalogs.scopes)
        XCTAssertEqual(diagnostics.filter { $0.severity != .note }.map(\.description), [])
        XCTAssertEqual(set.measurements.count, 2 * 36 * 4)

        let fresh = HourlyAggregation.run(hourly: TestFiles.realFiles, stations: TestFiles.stationList, exclusions: nil,
                                          scopes: TestFiles.scopes,
                                          options: AggregationOptions(from: YearMonth(2014, 1), to: YearMonth(2016, 12)))
        XCTAssertEqual(fresh.measurements.measurements.count, set.measurements.count)
        for (read, made) in zip(set.measurements, fresh.measurements.measurements) {
            XCTAssertEqual([read.period.description, read.scope, read.indicator], [made.period.description, made.scope, made.indicator])
            XCTAssertEqual(read.value, made.value, "\(made.scope) \(made.period) \(made.indicator)")
            XCTAssertEqual(read.validDays, made.validDays)
            XCTAssertEqual(read.note, made.note)
        }
    }
}
