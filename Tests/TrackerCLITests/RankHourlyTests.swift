import Foundation
import XCTest
import TrackerTestSupport

/// `tracker rank --hourly`: ranking straight from the real hourly station files
/// (../shared/data/beijing-multisite, 东城区 and 西城区) gives the same table as ranking the monthly
/// file `aggregate` made from them (Samples/dongcheng-xicheng-2014-2016.csv), and sand-dust dates
/// are left out as `evaluate --hourly` leaves them out. Skipped when ../shared is not beside the checkout.
final class RankHourlyTests: XCTestCase {
    static let shared = Fixtures.beijingMultisite.path
    let stations = Fixtures.path("Samples/beijing-multisite-stations.csv")

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: Self.shared) else { throw XCTSkip("shared data not at \(Self.shared)") }
    }

    func rank(_ source: [String], _ rest: [String]) -> String {
        let outcome = TrackerCommand.run(["rank"] + source + rest + ["--wide"])
        XCTAssertEqual(outcome.code, 0, outcome.err)
        return outcome.out
    }

    /// A month and cumulative periods, both indicators, both languages: the same bytes. (2014 is
    /// left out: the hourly files also hold 2013, which the sample does not, so 2014 has 同比 from them.)
    func testRankingFromHourlyDataEqualsRankingTheAggregatedMonthlyFile() {
        let hourly = ["--hourly", Self.shared, "--stations", stations]
        let monthly = ["--data", Fixtures.path("Samples/dongcheng-xicheng-2014-2016.csv")]
        for rest in [["--indicator", "PM2.5", "--period", "2016-03"],
                     ["--indicator", "PM2.5", "--period", "2016-03", "--cumulative", "--lang", "zh"],
                     ["--indicator", "优良天数比率", "--period", "2015-12", "--cumulative"],
                     ["--indicator", "优良天数比率", "--period", "2015-07", "--format", "json"]] {
            let fromHourly = rank(hourly, rest)
            XCTAssertFalse(fromHourly.isEmpty)
            XCTAssertEqual(fromHourly, rank(monthly, rest), rest.joined(separator: " "))
        }
    }

    /// Two sand-dust dates of 2015 (valid, not good) leave those days out, not their months: 西城区's
    /// good-day ratio for 2015 becomes 181 of 361 days, as `evaluate --hourly --exclude` gives it
    /// (HourlyEvaluationTests); a month whose every day is excluded is listed as excluded, unranked.
    func testSandDustDatesAreLeftOutAsForEvaluation() throws {
        let dir = try temporaryFolder("rank-hourly-exclude")
        let dust = dir.appendingPathComponent("dust.csv").path
        try "date,reason\n2015-04-15,沙尘暴\n2015-03-28,沙尘\n".write(toFile: dust, atomically: true, encoding: .utf8)
        let json = rank(["--hourly", Self.shared, "--stations", stations, "--exclude", dust],
                        ["--indicator", "优良天数比率", "--period", "2015-12", "--cumulative", "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try XCTUnwrap(object["rankings"] as? [[String: Any]])
        let xicheng = try XCTUnwrap(entries.first { $0["scope"] as? String == "西城区" })
        XCTAssertEqual(try XCTUnwrap(xicheng["value"] as? Double), 181.0 / 361 * 100, accuracy: 1e-9)

        let february = dir.appendingPathComponent("february.csv").path
        try ("date,reason\n" + (1...29).map { String(format: "2016-02-%02d,沙尘\n", $0) }.joined())
            .write(toFile: february, atomically: true, encoding: .utf8)
        let table = rank(["--hourly", Self.shared, "--stations", stations, "--exclude", february],
                         ["--indicator", "PM2.5", "--period", "2016-02", "--lang", "zh"])
        XCTAssertTrue(table.contains("东城区  已剔除（沙尘）"), table)
        XCTAssertTrue(table.contains("西城区  已剔除（沙尘）"), table)
    }

    func testHourlyWithoutStationsIsAUsageError() {
        let outcome = TrackerCommand.run(["rank", "--hourly", Self.shared, "--indicator", "PM2.5", "--period", "2016-03"])
        XCTAssertEqual(outcome.code, 2)
        XCTAssertTrue(outcome.err.contains("`--hourly` needs `--stations FILE`"), outcome.err)
    }
}
