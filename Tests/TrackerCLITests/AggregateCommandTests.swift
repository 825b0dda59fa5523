import Foundation
import XCTest
@testable import TrackerCLI
import TrackerTestSupport

/// `tracker aggregate`: options, exit codes, outputs written atomically, never over an input.
final class AggregateCommandTests: XCTestCase {
    private let stations = Fixtures.path("Samples/beijing-multisite-stations.csv")
    private let data = Fixtures.beijingMultisite.path

    private func run(_ arguments: [String]) -> CommandOutcome {
        TrackerCommand.run(["aggregate"] + arguments + ["--targets", Fixtures.targets])
    }

    func testHelpHasUsageOptionsAndExamples() {
        let result = run(["--help"])
        XCTAssertEqual(result.code, 0)
        for part in ["USAGE: tracker aggregate --stations FILE HOURLY…", "OPTIONS:", "EXAMPLES:", "--standard S", "--exclude FILE",
                     "--daily FILE", "--include-stations", "--from, --to"] {
            XCTAssertTrue(result.out.contains(part), part)
        }
        XCTAssertTrue(TrackerCommand.run(["--help"]).out.contains("aggregate        hourly station files → monthly measurements per street and district"))
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(run([data]).err, "error: `--stations FILE` is required: the station list maps stations to streets and districts\n")
        XCTAssertEqual(run(["--stations", stations]).err,
                       "error: no hourly files given; name the hourly CSV files (or their folder) after the options\n")
        XCTAssertEqual(run(["--stations", stations, data, "--standard", "2020"]).code, 2)
        XCTAssertEqual(run(["--stations", stations, data, "--from", "2015-13"]).err,
                       "error: `--from 2015-13` is not a month; write YYYY-MM, e.g. 2015-01\n")
        XCTAssertEqual(run(["--stations", stations, data, "--from", "2016-01", "--to", "2015-12"]).err,
                       "error: `--to 2015-12` is before `--from 2016-01`\n")
        XCTAssertEqual(run(["--stations", stations, data, "--unit", "CO=ppm"]).err,
                       "error: `--unit CO=ppm` not understood; write POLLUTANT=UNIT, e.g. CO=mg/m3 or CO=ug/m3\n")
        let overwrite = run(["--stations", stations, data, "--output", stations])
        XCTAssertEqual(overwrite.code, 2)
        XCTAssertEqual(overwrite.err, "error: `--output \(stations)` would overwrite the input `\(stations)`; write elsewhere\n")
    }

    func testStationListProblemsExitSixtyFive() throws {
        let dir = try temporaryFolder("aggregate")
        let list = dir.appendingPathComponent("stations.csv").path
        try "station,name_zh,street,district\nGuanyuan,官园,,西成区\n".write(toFile: list, atomically: true, encoding: .utf8)
        let result = run(["--stations", list, data])
        XCTAssertEqual(result.code, 65)
        XCTAssertEqual(result.err, "\(list):2:14: error: unknown district `西成区`; did you mean `西城区`?\n")
        XCTAssertEqual(result.out, "")
    }

    func testWritesTheMonthlyFileAndTheDailyTable() throws {
        guard FileManager.default.fileExists(atPath: data) else { throw XCTSkip("shared data not present") }
        let dir = try temporaryFolder("aggregate")
        let output = dir.appendingPathComponent("monthly.csv").path
        let daily = dir.appendingPathComponent("daily.csv").path
        let result = run(["--stations", stations, data, "--from", "2015-01", "--to", "2015-12", "--output", output, "--daily", daily])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(result.err.hasSuffix("wrote \(output): 96 rows for 2 scopes\n"), result.err)
        let lines = try String(contentsOfFile: output, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, "period,scope,indicator,value,valid_days,unit,flag,note")
        XCTAssertEqual(lines.count, 1 + 2 * 12 * 4)
        XCTAssertTrue(lines.contains { $0.hasPrefix("2015-01,西城区,pm25_annual_mean,") }, lines[1])
        XCTAssertEqual(Set(lines.dropFirst().map { $0.split(separator: ",")[0] }).sorted().first, "2015-01")
        let dailyLines = try String(contentsOfFile: daily, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(dailyLines.count, 1 + 2 * 365)
        XCTAssertTrue(dailyLines[0].hasPrefix("date,scope,level,stations,PM2.5(µg/m³),"))
        XCTAssertTrue(dailyLines[0].hasSuffix(",AQI,category,primary_pollutant,standard,excluded"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary file left behind")
    }

    func testStandardOutputWhenNoOutputFile() throws {
        guard FileManager.default.fileExists(atPath: data) else { throw XCTSkip("shared data not present") }
        let result = run(["--stations", stations, data, "--from", "2016-12", "--to", "2016-12", "--standard", "2026"])
        XCTAssertEqual(result.code, 0, result.err)
        let lines = result.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 1 + 2 * 4)
        XCTAssertTrue(lines[2].contains("AQI by HJ 633—2026 (forced)"), lines[2])
    }
}
