import Foundation
import XCTest
@testable import TrackerCLI
import TrackerTestSupport

/// `tracker report` (and `evaluate --format html`) on the bundled samples: a self-contained
/// document per sample, the same bytes every time, and the usage errors of `evaluate`.
final class ReportCommandTests: XCTestCase {
    func run(_ arguments: [String]) -> CommandOutcome {
        let outcome = TrackerCommand.run(arguments)
        return CommandOutcome(code: outcome.code, out: outcome.out, err: Fixtures.relative(outcome.err))
    }

    func report(_ plan: String, _ sample: String, _ extra: [String] = []) -> CommandOutcome {
        // Standard output (`--output -`) unless the test names a file: without `--output` the report
        // goes to report-<plan>-<as-of>.html in the current folder (testTheDefaultIsAFileNamedAfterPlanAndMonth).
        let output = extra.contains("--output") ? [] : ["--output", "-"]
        return run(["report", "--targets", Fixtures.targets, "--plan", plan, "--data", Fixtures.path("Samples/\(sample)")] + output + extra)
    }

    func testTheDefaultIsAFileNamedAfterPlanAndMonth() throws {
        let folder = try temporaryFolder("report-default")
        let outcome = try TrackerCommand.runExecutable(["report", "--targets", Fixtures.targets, "--plan", "xicheng-2025",
                                                        "--data", Fixtures.path("Samples/xicheng-2025-synthetic.csv"), "--as-of", "2025-06"],
                                                       in: folder)
        XCTAssertEqual(outcome.code, 0, outcome.err)
        XCTAssertEqual(outcome.out, "", "no HTML on the terminal")
        XCTAssertEqual(outcome.err, "wrote report-xicheng-2025-2025-06.html\n")
        let written = try String(contentsOf: folder.appendingPathComponent("report-xicheng-2025-2025-06.html"), encoding: .utf8)
        XCTAssertEqual(written, report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--as-of", "2025-06"]).out)
    }

    func testEvaluateAsHTMLWithALedgerIsTheReportWithTheLedger() {
        let arguments = ["--targets", Fixtures.targets, "--plan", "xicheng-2025", "--year", "2016", "--scope", "西城区",
                         "--data", Fixtures.path("Samples/dongcheng-xicheng-2014-2016.csv"), "--as-of", "2016-03",
                         "--ledger", Fixtures.path("Tests/Fixtures/ledger/xicheng-2016")]
        let report = run(["report"] + arguments + ["--output", "-"])
        let evaluate = run(["evaluate"] + arguments + ["--format", "html"])
        XCTAssertEqual(report.code, 0, report.err)
        XCTAssertTrue(report.out.contains("recorded 2016-03 95.1 µg/m³"), "the report draws the ledger's March")
        XCTAssertEqual(evaluate.code, 0, evaluate.err)
        XCTAssertEqual(evaluate.out, report.out, "evaluate --format html --ledger is tracker report --ledger")
        let without = run(["evaluate"] + arguments.dropLast(2) + ["--format", "html"])
        XCTAssertNotEqual(without.out, report.out, "without --ledger the charts draw the data alone")
    }

    func assertSelfContained(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        let lower = html.lowercased()
        for needle in ["http", "src=", "href=", "url(", "<link", "<script", "@import", "<img", "<iframe"] {
            XCTAssertFalse(lower.contains(needle), "the report contains `\(needle)`", file: file, line: line)
        }
    }

    func testEachSampleGivesASelfContainedReport() {
        let samples = [("xicheng-2025", "xicheng-2025-synthetic.csv", "推进美丽西城建设"),
                       ("xicheng-2023", "xicheng-2023-gb18030-synthetic.csv", "西城"),
                       ("beijing-2026", "beijing-2026-synthetic.csv", "美丽北京建设 2026 年行动计划")]
        for (plan, sample, title) in samples {
            let result = report(plan, sample)
            XCTAssertEqual(result.code, 0, "\(plan): \(result.err)")
            XCTAssertTrue(result.out.hasPrefix("<!DOCTYPE html>"), plan)
            XCTAssertTrue(result.out.hasSuffix("</html>\n"), plan)
            let head = result.out.components(separatedBy: "</title>")[0]
            XCTAssertTrue(head.contains("<title>") && head.contains(title), "\(plan): \(head.suffix(80))")
            XCTAssertGreaterThan(result.out.components(separatedBy: "<svg").count - 1, 0, "\(plan) has charts")
            XCTAssertEqual(result.out.components(separatedBy: "<svg").count, result.out.components(separatedBy: "</svg>").count)
            assertSelfContained(result.out)
        }
    }

    func testTheXicheng2025ReportHasTheDistrictTrendsAndTheStreetLeagues() {
        let html = report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--as-of", "2025-06"]).out
        // District: PM2.5, 优良天数比率, 重污染天数, 降尘量, 道路尘土残存量; streets: PM2.5 and 降尘量.
        XCTAssertEqual(html.components(separatedBy: "<figure id=\"fig-trend-").count - 1, 5)
        XCTAssertEqual(html.components(separatedBy: "<figure id=\"fig-league-").count - 1, 2)
        XCTAssertTrue(html.contains("<title id=\"trend-1-title\">PM2.5年均浓度 · 西城区（µg/m³）</title>"))
        XCTAssertTrue(html.contains("<tspan class=\"zh\">余下须平均 32.0</tspan><tspan class=\"en\" lang=\"en\">rest must average 32.0</tspan>"))
        XCTAssertTrue(html.contains("截至 2025-06：计划期 2025 共 12 个月，已过 6 个月。"))
        XCTAssertTrue(html.contains("000_ca42086f4126cb0d.txt:1554<q>"), "德胜街道's clause on its row")
    }

    func testEvaluateFormatHTMLIsTheSameDocumentAndRepeatsExactly() {
        let viaReport = report("xicheng-2025", "xicheng-2025-synthetic.csv")
        let viaEvaluate = run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025",
                               "--data", Fixtures.path("Samples/xicheng-2025-synthetic.csv"), "--format", "html"])
        XCTAssertEqual(viaEvaluate.code, 0, viaEvaluate.err)
        XCTAssertEqual(viaReport.out, viaEvaluate.out)
        XCTAssertEqual(viaReport.out, report("xicheng-2025", "xicheng-2025-synthetic.csv").out)
    }

    func testOutputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let dir = try temporaryFolder("tracker-report")
        let out = dir.appendingPathComponent("report.html").path
        let result = report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--scope", "德胜街道", "--output", out])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, "wrote \(out)\n")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertEqual(written, report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--scope", "德胜街道"]).out)
        XCTAssertTrue(written.contains("<title id=\"trend-1-title\">PM2.5年均浓度 · 德胜街道（µg/m³）</title>"), "one street: its own trends")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["report.html"], "no temporary file left")
        let clobber = report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--output", Fixtures.path("Samples/xicheng-2025-synthetic.csv")])
        XCTAssertEqual(clobber.code, 2)
        XCTAssertEqual(clobber.err, "error: `--output Samples/xicheng-2025-synthetic.csv` is one of the input files; choose another name\n")
    }

    func testUsageErrors() {
        let noData = run(["report", "--targets", Fixtures.targets, "--plan", "xicheng-2025"])
        XCTAssertEqual(noData.code, 2)
        XCTAssertTrue(noData.err.hasPrefix("error: `--data FILE` (or `--hourly FILE --stations FILE`) is required: the measurements to evaluate\n\nUSAGE: tracker report"), noData.err)
        XCTAssertEqual(report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--as-of", "2024-12"]).err,
                       "error: `--as-of 2024-12` is before the plan period 2025 of xicheng-2025\n")
        XCTAssertTrue(report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--format", "html"]).err.hasPrefix("error: unknown option `--format`"),
                      "the report is always HTML")
        XCTAssertEqual(report("xicheng-2025", "xicheng-2025-synthetic.csv", ["--scope", "德胜街"]).code, 2)
        XCTAssertEqual(run(["repot"]).err.components(separatedBy: "\n").first, "error: unknown command `repot`; did you mean `report`?")
        XCTAssertTrue(run(["report", "--help"]).out.hasPrefix("USAGE: tracker report --targets"))
        XCTAssertTrue(run(["help"]).out.contains("  report   "))
    }
}
