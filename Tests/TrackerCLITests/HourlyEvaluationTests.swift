import Foundation
import XCTest
@testable import TrackerCLI
import TrackerTestSupport

/// Real hourly station data through `evaluate --hourly` and `diff --hourly` (the shared UCI
/// files; skipped when ../shared is not beside the checkout).
final class HourlyEvaluationTests: XCTestCase {
    static let shared = Fixtures.beijingMultisite.path
    var xicheng: [String] {
        ["PRSA_Data_Guanyuan_20130301-20170228.csv", "PRSA_Data_Wanshouxigong_20130301-20170228.csv"].map { Self.shared + "/" + $0 }
    }

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: Self.shared) else { throw XCTSkip("shared data not at \(Self.shared)") }
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let outcome = TrackerCommand.run(arguments)
        XCTAssertEqual(outcome.code, 0, outcome.err)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    }

    func result(_ card: [String: Any], _ indicator: String) throws -> [String: Any] {
        let results = try XCTUnwrap(card["results"] as? [[String: Any]])
        return try XCTUnwrap(results.first { $0["scope"] as? String == "西城区" && $0["indicator"] as? String == indicator })
    }

    func testSandDustDatesLeaveOnlyThoseDaysOfTheirMonths() throws {
        // Xicheng 2015, 181 good of 363 valid days (reference.py). Two sand-dust dates, both valid
        // and not good: 181 of 361 with them excluded (§9) — not two whole months dropped — and the
        // figure without exclusions is reported beside it.
        let dir = try temporaryFolder("hourly-exclude")
        let dust = dir.appendingPathComponent("dust.csv")
        try "date,reason\n2015-04-15,沙尘暴\n2015-03-28,沙尘\n".write(to: dust, atomically: true, encoding: .utf8)
        let plan = Fixtures.path("Tests/Fixtures/targets/standards/xicheng-2015-test.targets")
        let card = try json(["evaluate", "--targets", plan, "--hourly"] + xicheng
                            + ["--stations", Fixtures.path("Samples/beijing-multisite-stations.csv"), "--exclude", dust.path, "--format", "json"])
        let row = try result(card, "good_day_ratio")
        XCTAssertEqual(try XCTUnwrap(row["observed"] as? Double), 181.0 / 361 * 100, accuracy: 1e-9)
        XCTAssertEqual(row["valid_days"] as? Int, 361)
        XCTAssertEqual(row["verdict"] as? String, "met")
        XCTAssertEqual(row["notes"] as? [String], ["2015-03: 1 day excluded", "2015-04: 1 day excluded", "without exclusions: 49.9"])
    }

    func testTheSameHoursUnderBothStandardsFlipTheGoodDayVerdictForThatReason() throws {
        // Xicheng 2015: 181 good of 363 valid days under HJ 633—2012 (49.86 %), 154 under —2026
        // (42.42 %): figures from Tests/AirQualityTests/Reference/reference.py. Target ≥ 45 %.
        let plan = Fixtures.path("Tests/Fixtures/targets/standards/xicheng-2015-test.targets")
        let diff = try json(["diff", plan, plan, "--old-standard", "2012", "--new-standard", "2026", "--hourly"] + xicheng
                            + ["--stations", Fixtures.path("Samples/beijing-multisite-stations.csv"), "--format", "json"])
        let flips = try XCTUnwrap(diff["flips"] as? [[String: Any]])
        XCTAssertEqual(flips.count, 1)
        let flip = try XCTUnwrap(flips.first)
        XCTAssertEqual(flip["indicator"] as? String, "good_day_ratio")
        XCTAssertEqual(flip["old_verdict"] as? String, "met")
        XCTAssertEqual(flip["new_verdict"] as? String, "missed")
        XCTAssertEqual(try XCTUnwrap(flip["old_observed"] as? Double), 49.862258953168, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(flip["new_observed"] as? Double), 42.424242424242, accuracy: 1e-9)
        XCTAssertEqual(flip["causes"] as? [String], ["standard_changed"])
        let changes = try XCTUnwrap(diff["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["change"] as? String }, ["unchanged"])
    }

    func testReal2016DataMissesThe2025TargetsTheSameFromHourlyAndMonthlyFiles() throws {
        let base = ["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--year", "2016", "--scope", "西城区", "--format", "json"]
        let fromHourly = try json(base + ["--hourly"] + xicheng + ["--stations", Fixtures.path("Samples/beijing-multisite-stations.csv")])
        let fromMonthly = try json(base + ["--data", Fixtures.path("Samples/dongcheng-xicheng-2014-2016.csv")])
        XCTAssertEqual(fromMonthly["rows_outside_period"] as? Int, 96, "2014 rows of the archive are counted, not evaluated")
        for indicator in ["pm25_annual_mean", "good_day_ratio", "heavy_pollution_days"] {
            let h = try result(fromHourly, indicator), m = try result(fromMonthly, indicator)
            XCTAssertEqual(h["verdict"] as? String, "missed", indicator)
            XCTAssertEqual(m["verdict"] as? String, "missed", indicator)
            XCTAssertEqual(try XCTUnwrap(h["observed"] as? Double), try XCTUnwrap(m["observed"] as? Double), accuracy: 1e-6, indicator)
            XCTAssertEqual(h["valid_days"] as? Int, m["valid_days"] as? Int, indicator)
        }
        XCTAssertEqual(try XCTUnwrap(try result(fromHourly, "pm25_annual_mean")["observed"] as? Double), 77.9, accuracy: 0.05)
    }
}
