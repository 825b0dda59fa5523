import Foundation
import TrackerEvaluation
import TrackerInput
@testable import TrackerKit
import TrackerModel
import TrackerTestSupport
import XCTest

/// `evaluate --year` on an archive sets aside the counts and shares of days outside the plan's
/// data window (issue 16; `DayRatioForming.CountsAside`): the scorecard and every diagnostic must
/// be those of reading every row and forming the shares from all of them. Random archives
/// (seeded: a failure prints the seed; run again with `TRACKER_TEST_SEED=…`) of 优良天数 and
/// 优良天数比率 beside PM2.5, shares before and after their counts, counts without valid days and
/// above them, some rows quoted (the general reader).
final class DayCountsAsideScorecardTests: XCTestCase {
    private static let scopes = ["西城区", "德胜街道", "什刹海街道", "牛街街道"]

    func testScorecardWithCountsSetAsideIsTheScorecardOfEveryRowKept() throws {
        let loaded = TargetLoader.load(paths: [Fixtures.targets])
        XCTAssertFalse(loaded.diagnostics.hasErrors)
        let (plan, set) = try PlanYear.choose("xicheng-2025", in: loaded.set, year: 2025)
        try withSeededGenerator { g in
            print("DayCountsAsideScorecardTests seed \(g.seed)")
            for round in 0..<6 {
                var lines: [String] = []
                for year in 2020...2025 {
                    for month in 1...12 {
                        for scope in Self.scopes {
                            let period = "\(year)-" + String(format: "%02d", month)
                            let days = [31, 30, 28, 0, -1].randomElement(using: &g)!
                            lines.append("\(period),\(scope),pm25_annual_mean,\(Int.random(in: 20...60, using: &g)),28,,")
                            var count = "\(period),\(scope),优良天数,\(Int.random(in: 5...33, using: &g)),\(days < 0 ? "" : String(days)),,"
                            if Int.random(in: 0..<6, using: &g) == 0 { count = count.replacingOccurrences(of: "优良天数", with: "\"优良天数\"") }
                            let share = "\(period),\(scope),good_day_ratio,\(String(format: "%.1f", Double.random(in: 40...90, using: &g))),28,,"
                            switch Int.random(in: 0..<4, using: &g) {
                            case 0: lines += [share, count]
                            case 1: lines.append(count)
                            default: lines.append(count); if Bool.random(using: &g) { lines.insert(share, at: Int.random(in: 0...lines.count, using: &g)) }
                            }
                        }
                    }
                }
                let path = NSTemporaryDirectory() + "archive-\(UUID().uuidString).csv"
                _ = FileManager.default.createFile(atPath: path, contents: Data(("period,scope,indicator,value,valid_days,flag,note\n"
                                                                             + lines.joined(separator: "\n") + "\n").utf8))
                defer { try? FileManager.default.removeItem(atPath: path) }
                let sources = DataSources(files: [path], lenient: round % 2 == 1)
                let (kept, keptProblems) = sources.read(for: set, window: nil, plan: plan)
                let (aside, asideProblems) = sources.read(for: set, window: nil, plan: plan, keep: plan.dataWindow)
                XCTAssertEqual(asideProblems.map(\.description), keptProblems.map(\.description), "round \(round), seed \(g.seed)")
                XCTAssertLessThan(aside.measurements.count, kept.measurements.count, "round \(round)")
                let asOf = try PlanYear.asOf(nil, plan: plan)
                let a = Evaluator.evaluate(plan: plan, in: set, data: aside, asOf: asOf)
                let b = Evaluator.evaluate(plan: plan, in: set, data: kept, asOf: asOf)
                let what = "round \(round), seed \(g.seed)"
                // `Scorecard ==` compares plan, month, rows and rows read; the rest is compared here.
                XCTAssertEqual(a, b, what)
                XCTAssertEqual(a.rows, b.rows, what)
                XCTAssertEqual(a.rowsOutsidePeriod, b.rowsOutsidePeriod, what)
                XCTAssertEqual(a.rowsUsed, b.rowsUsed, what)
                XCTAssertEqual(a.skipped, b.skipped, what)
                XCTAssertEqual(a.sources, b.sources, what)
                XCTAssertEqual(a.isFinal, b.isFinal, what)
            }
        }
    }
}
