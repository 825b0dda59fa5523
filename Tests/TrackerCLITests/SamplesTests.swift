import XCTest
import TrackerTestSupport

/// Every sample in Samples/ evaluates against its plan with no data problems.
final class SamplesTests: XCTestCase {
    func evaluate(_ plan: String, _ file: String) -> CommandOutcome {
        TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", plan, "--data", Fixtures.path("Samples/\(file)")])
    }

    func testEverySampleEvaluatesCleanly() {
        let cases = [("xicheng-2025", "xicheng-2025-synthetic.csv", "(long, utf-8)", "rows read 572, used 572, skipped 0", "final"),
                     ("xicheng-2025", "xicheng-2025-wide-synthetic.csv", "(wide, utf-8)", "rows read 192, used 192, skipped 0", "final"),
                     ("xicheng-2023", "xicheng-2023-gb18030-synthetic.csv", "(long, gb18030)", "rows read 812, used 812, skipped 0", "final"),
                     ("beijing-2026", "beijing-2026-synthetic.csv", "(long, utf-8)", "rows read 1540, used 1540, skipped 0", "as of 2026-10 · provisional")]
        for (plan, file, how, rows, state) in cases {
            let outcome = evaluate(plan, file), out = outcome.out
            XCTAssertEqual(outcome.code, 0, file)
            XCTAssertEqual(outcome.err, "", file)
            XCTAssertTrue(out.contains(how), "\(file): \(out.prefix(300))")
            XCTAssertTrue(out.contains(rows), "\(file): \(out.prefix(300))")
            XCTAssertTrue(out.contains(state), "\(file): \(out.prefix(300))")
        }
    }

    func testTheWideAndLongLayoutsGiveTheSameVerdicts() {
        let long = evaluate("xicheng-2025", "xicheng-2025-synthetic.csv").out.components(separatedBy: "\n")
        let wide = evaluate("xicheng-2025", "xicheng-2025-wide-synthetic.csv").out.components(separatedBy: "\n")
        // Column widths differ with the other rows of each table: compare the cells.
        let pm25 = { (lines: [String]) in
            lines.filter { $0.contains("PM2.5年均浓度  ") || $0.contains("优良天数比率  ") }
                .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        }
        XCTAssertEqual(pm25(long).count, 17)
        XCTAssertEqual(pm25(long), pm25(wide))
    }
}
