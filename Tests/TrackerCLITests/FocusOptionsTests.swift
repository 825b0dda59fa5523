import Foundation
import TrackerTestSupport
import XCTest

/// `--indicator`, `--verdict`, `--level` and `--all` on `evaluate` (issue 15): the answer to
/// "which streets fail PM2.5, and by how much?", and no pages of rows without data by default.
final class FocusOptionsTests: XCTestCase {
    let base = ["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", Fixtures.path("Samples/xicheng-2025-synthetic.csv")]

    func testTheFailingStreetsOfPM25WithTheirMargins() {
        let outcome = TrackerCommand.run(base + ["--indicator", "PM2.5年均浓度", "--verdict", "missed", "--level", "street"])
        XCTAssertEqual(outcome.code, 0, outcome.err)
        let rows = outcome.out.split(separator: "\n").filter { $0.contains("PM2.5年均浓度") && $0.contains("✘ missed") }
        XCTAssertEqual(rows.map { String($0.split(separator: " ")[0]) }, ["西长安街街道", "大栅栏街道", "新街口街道", "椿树街道", "月坛街道", "牛街街道"])
        XCTAssertTrue(rows.allSatisfy { $0.contains(" -") }, "each row shows its (negative) margin")
        XCTAssertFalse(outcome.out.contains("\ndistrict\n"), "no district table with --level street")
        XCTAssertFalse(outcome.out.contains("降尘量"))
    }

    func testRowsWithoutDataAreCountedInOneLineAndAllShowsThem() {
        let focused = TrackerCommand.run(base), all = TrackerCommand.run(base + ["--all"])
        XCTAssertTrue(focused.out.contains("not shown: 19 targets with no data ("), focused.out)
        XCTAssertFalse(all.out.contains("not shown:"))
        // The 16 targets waiting for a higher-level one have no data either: set aside too.
        XCTAssertFalse(focused.out.contains("→ deferred"), focused.out)
        XCTAssertTrue(all.out.contains("→ deferred"))
        let tableRows = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("西城区") || $0.hasSuffix("街道") || $0.contains("街道  ") }.count }
        XCTAssertEqual(tableRows(all.out) - tableRows(focused.out), 19)
        // Machine formats keep every row.
        XCTAssertEqual(TrackerCommand.run(base + ["--format", "csv"]).out, TrackerCommand.run(base + ["--format", "csv", "--all"]).out)
    }

    func testUnknownIndicatorAndVerdictAreUsageErrorsWithSuggestions() {
        let indicator = TrackerCommand.run(base + ["--indicator", "降尘两"])
        XCTAssertEqual(indicator.code, 2)
        XCTAssertTrue(indicator.err.contains("did you mean `降尘量`"), indicator.err)
        let verdict = TrackerCommand.run(base + ["--verdict", "missed,failed"])
        XCTAssertEqual(verdict.code, 2)
        XCTAssertTrue(verdict.err.contains("not `failed`"), verdict.err)
        let notInPlan = TrackerCommand.run(base + ["--indicator", "PM10年均浓度"])
        XCTAssertEqual(notInPlan.code, 2, notInPlan.out)
    }
}
