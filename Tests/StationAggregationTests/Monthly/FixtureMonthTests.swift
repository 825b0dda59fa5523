@testable import StationAggregation
import AirQuality
import TrackerModel
import XCTest
import TrackerTestSupport

/// Exact monthly rows of a hand-worked fixture (see `HourlyFixture`).
final class FixtureMonthTests: XCTestCase {
    private func aggregate(standard: StandardChoice = .automatic, exclusions: String? = nil, includeStations: Bool = false,
                     workers: Int? = nil) throws -> AggregationResult {
        let folder = try temporaryFolder()
        let hourly = try TestFiles.write(HourlyFixture.hourly, "hourly.csv", in: folder)
        let stations = try TestFiles.write(HourlyFixture.stations, "stations.csv", in: folder)
        let exclusionFile = try exclusions.map { try TestFiles.write($0, "dust.csv", in: folder) }
        return HourlyAggregation.run(hourly: [hourly], stations: stations, exclusions: exclusionFile, scopes: TestFiles.scopes,
                                     options: AggregationOptions(standard: standard, includeStations: includeStations,
                                                                 workers: workers, sourceLabel: "out.csv"))
    }

    private func lines(_ result: AggregationResult) -> [String] {
        MeasurementTable(result.measurements.measurements).rows.map { $0.joined(separator: ",") }
    }

    func testMonthRowsUnderTheRulesInForce() throws {
        let result = try aggregate()
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(lines(result), [
            "2025-01,西城区,pm25_annual_mean,123.33333333333333,3,µg/m³,,insufficient data: 2025-01: 3 valid days of 31, needs 27",
            "2025-01,西城区,good_day_ratio,33.33333333333333,3,%,,AQI by HJ 633—2012; 1 good of 3 valid days",
            "2025-01,西城区,heavy_pollution_days,1,3,天,,AQI by HJ 633—2012",
            "2025-01,西城区,heavy_pollution_day_ratio,33.33333333333333,3,%,,AQI by HJ 633—2012; 1 heavy of 3 valid days",
            "2025-01,德胜街道,pm25_annual_mean,110,2,µg/m³,,insufficient data: 2025-01: 2 valid days of 31, needs 27",
            "2025-01,德胜街道,good_day_ratio,50,2,%,,AQI by HJ 633—2012; 1 good of 2 valid days",
            "2025-01,德胜街道,heavy_pollution_days,1,2,天,,AQI by HJ 633—2012",
            "2025-01,德胜街道,heavy_pollution_day_ratio,50,2,%,,AQI by HJ 633—2012; 1 heavy of 2 valid days",
        ])
        let sources = result.measurements.measurements.map(\.source)
        XCTAssertEqual(sources.first, SourceLocation(file: "out.csv", line: 2))
        XCTAssertEqual(result.areaDays.map { "\($0.area) \($0.day) \($0.assessment.aqi.value.map(String.init) ?? "NA")" }, [
            "西城区 2025-01-01 94", "西城区 2025-01-02 250", "西城区 2025-01-03 132",
            "德胜街道 2025-01-01 82", "德胜街道 2025-01-02 210", "德胜街道 2025-01-03 NA",
        ])
    }

    func testStandard2026ChangesTheGoodDays() throws {
        let result = try aggregate(standard: .forced(.hj633_2026))
        let good = result.measurements.measurements.filter { $0.indicator == "good_day_ratio" }
        XCTAssertEqual(good.map(\.scope), ["西城区", "德胜街道"])
        XCTAssertEqual(good.map(\.value), [0, 50], "西城区 01-01: PM2.5 70 is IAQI 94 (2012) but 110 (2026); 德胜 60 is exactly 100")
        XCTAssertEqual(good[0].note, "AQI by HJ 633—2026 (forced); 0 good of 3 valid days")
    }

    func testExcludedDaysLeaveTheMonthAndItsFigureWithThemIsKept() throws {
        // §9: the excluded day leaves numerator and denominator; the month with it rides along
        // (excluded_days, value_with_excluded, valid_days_with_excluded) for the figure without exclusions.
        let result = try aggregate(exclusions: "date,reason\n2025-01-02,沙尘\n")
        XCTAssertEqual(result.diagnostics, [])
        let table = MeasurementTable(result.measurements.measurements)
        XCTAssertEqual(table.header, ["period", "scope", "indicator", "value", "valid_days", "unit", "flag",
                                      "excluded_days", "value_with_excluded", "valid_days_with_excluded", "note"])
        XCTAssertEqual(lines(result).prefix(4), [
            "2025-01,西城区,pm25_annual_mean,85,2,µg/m³,,1,123.33333333333333,3,insufficient data: 2025-01: 3 valid days of 31, needs 27; 1 excluded day (2025-01-02 沙尘); with them 123.3 µg/m³ over 3 valid days",
            "2025-01,西城区,good_day_ratio,50,2,%,,1,33.33333333333333,3,AQI by HJ 633—2012; 1 good of 2 valid days without them; 1 excluded day (2025-01-02 沙尘); with them 1 good of 3 valid days",
            "2025-01,西城区,heavy_pollution_days,0,2,天,,1,1,3,AQI by HJ 633—2012; 0 heavy of 2 valid days without them; 1 excluded day (2025-01-02 沙尘); with them 1 heavy of 3 valid days",
            "2025-01,西城区,heavy_pollution_day_ratio,0,2,%,,1,33.33333333333333,3,AQI by HJ 633—2012; 0 heavy of 2 valid days without them; 1 excluded day (2025-01-02 沙尘); with them 1 heavy of 3 valid days",
        ])
        XCTAssertEqual(result.exclusions.map(\.description), ["2025-01-02: 沙尘"])
        XCTAssertEqual(result.areaDays.filter { $0.excluded != nil }.map(\.area), ["西城区", "德胜街道"])
    }

    func testAFlagColumnInTheHourlyFileExcludesItsDays() throws {
        let folder = try temporaryFolder()
        let text = HourlyFixture.hourly.replacingOccurrences(of: "CO(mg/m³),O3", with: "CO(mg/m³),O3,flag")
            .split(separator: "\n").enumerated().map { index, line in
                index == 0 ? String(line) : line + (line.contains("2025-01-02T05") ? ",沙尘" : line.contains("2025-01-03T01") ? ",雾" : ",")
            }.joined(separator: "\n") + "\n"
        let hourly = try TestFiles.write(text, "hourly.csv", in: folder)
        let stations = try TestFiles.write(HourlyFixture.stations, "stations.csv", in: folder)
        let result = HourlyAggregation.run(hourly: [hourly], stations: stations, exclusions: nil, scopes: TestFiles.scopes)
        XCTAssertEqual(result.exclusions.map(\.description), ["2025-01-02: 沙尘"])
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "\(hourly):100:1: warning: flag `雾` on 2025-01-03 is not a sand-dust flag and excludes nothing; write 沙尘 (sand_dust) to exclude the day, or leave the flag column empty",
        ])
    }

    func testStationRowsOnlyWhenAskedAndSayTheyAreNotCatalogScopes() throws {
        XCTAssertFalse(try aggregate().measurements.measurements.contains { $0.scope == "A" })
        let rows = try aggregate(includeStations: true).measurements.measurements.filter { $0.scope == "A" }
        XCTAssertEqual(rows.map(\.indicator), MonthlyRows.indicators)
        XCTAssertEqual(rows[0].value, 110)
        XCTAssertEqual(rows[0].note, "station 甲 (A), not in the scope catalog; insufficient data: 2025-01: 2 valid days of 31, needs 27")
        XCTAssertEqual(rows[1].value, 50, "A: 1 good (AQI 82) of 2 valid days; 01-03 is NA")
    }

    func testUnlistedAndSilentStationsAreReported() throws {
        let folder = try temporaryFolder()
        let hourly = try TestFiles.write(HourlyFixture.hourly.replacingOccurrences(of: "\nB,", with: "\nBB,"), "hourly.csv", in: folder)
        let stations = try TestFiles.write(HourlyFixture.stations, "stations.csv", in: folder)
        let result = HourlyAggregation.run(hourly: [hourly], stations: stations, exclusions: nil, scopes: TestFiles.scopes)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "\(hourly):3:1: warning: station `BB` has 72 hourly rows but is not in the station list; its rows are not used; did you mean `B`? spell it as the hourly files do",
            "\(stations):3:1: warning: station `B` has no hourly rows in the period read; check its spelling against the hourly files' `station` column; it still counts among its areas' stations",
        ])
        // B still counts: 西城区 has 2 stations, so A alone (1 of 2) makes its values.
        XCTAssertEqual(result.measurements.measurements.first { $0.scope == "西城区" }?.value, 110)
    }

    func testStationListErrorsStopTheRun() throws {
        let folder = try temporaryFolder()
        let hourly = try TestFiles.write(HourlyFixture.hourly, "hourly.csv", in: folder)
        let stations = try TestFiles.write("station,name_zh,street,district\nA,甲,德胜街道,东城区\n", "stations.csv", in: folder)
        let result = HourlyAggregation.run(hourly: [hourly], stations: stations, exclusions: nil, scopes: TestFiles.scopes)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "\(stations):2:5: error: street `德胜街道` is in 西城区, not in 东城区; correct the street or the district",
        ])
        XCTAssertTrue(result.measurements.measurements.isEmpty)
    }
}
