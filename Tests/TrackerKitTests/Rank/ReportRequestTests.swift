import Foundation
import TrackerKit
import XCTest
import TrackerTestSupport
import TrackerModel

/// `ReportRequest`: the rankings a report draws are `tracker rank`'s (`RankRequest`), for the
/// plan's level and as-of month, by value and by 同比, the month and the year to it.
final class ReportRequestTests: XCTestCase {
    let targets = [Fixtures.path("Targets")]

    /// 2016 data of 东城区 and 西城区 against the 2025 plan moved to 2016: the districts ranked on
    /// PM2.5 and 优良天数比率, as of December and for January–December, as `RankRequest` ranks them.
    func testTheDistrictsAreRankedAsTrackerRankRanksThem() throws {
        let sample = Fixtures.path("Samples/dongcheng-xicheng-2014-2016.csv")
        var evaluate = EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample], year: 2016)
        evaluate.scope = "西城区"
        let report = try ReportRequest(evaluate).run()
        XCTAssertEqual(report.rankings.map(\.ranking.indicator.id),
                       ["pm25_annual_mean", "pm25_annual_mean", "good_day_ratio", "good_day_ratio"])
        XCTAssertEqual(report.rankings.map(\.ranking.cumulative), [false, true, false, true])
        XCTAssertTrue(report.rankings.allSatisfy { $0.level == .district && $0.within == nil && $0.ranking.month == YearMonth(2016, 12) })
        for scoped in report.rankings {
            var rank = RankRequest(targets: targets, data: [sample], indicator: scoped.ranking.indicator.id, month: YearMonth(2016, 12))
            rank.cumulative = scoped.ranking.cumulative
            XCTAssertEqual(scoped.ranking, try rank.run().ranking, "the report's ranking is tracker rank's")
            XCTAssertTrue(scoped.ranking.entries.allSatisfy { $0.changePercent != nil }, "同比 from 2015")
        }
    }

    /// The synthetic 西城区 sample holds one district: its streets are ranked (the district's street
    /// table), PM2.5 and 降尘量, and no district table of one.
    func testADistrictPlanRanksItsStreets() throws {
        let evaluate = EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [Fixtures.path("Samples/xicheng-2025-synthetic.csv")],
                                       asOf: YearMonth(2025, 6))
        let report = try ReportRequest(evaluate).run()
        XCTAssertEqual(report.rankings.map(\.ranking.indicator.id),
                       ["pm25_annual_mean", "pm25_annual_mean", "dustfall_monthly_mean", "dustfall_monthly_mean"])
        XCTAssertTrue(report.rankings.allSatisfy { $0.isStreetTable && $0.within == "西城区" })
        XCTAssertEqual(report.rankings[0].ranking.worstFirst.first?.scope, "牛街街道")
        XCTAssertEqual(report.rankings[0].ranking.worstFirst.first?.reverseRank, 1)
    }

    /// `--indicator` narrows the rankings as it narrows the scorecard.
    func testTheIndicatorFocusNarrowsTheRankings() throws {
        var evaluate = EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [Fixtures.path("Samples/xicheng-2025-synthetic.csv")],
                                       asOf: YearMonth(2025, 6))
        evaluate.indicators = ["降尘量"]
        XCTAssertEqual(Set(try ReportRequest(evaluate).run().rankings.map(\.ranking.indicator.id)), ["dustfall_monthly_mean"])
    }
    /// `--ledger`: the recorded months of the plan and, for each charted row, last year's months
    /// from the data (2015 for a 2016 ledger); a folder that is not there fails as the ledger commands do.
    func testTheLedgerGivesTheTrendChartsTheirRecordedMonths() throws {
        var evaluate = EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [Fixtures.path("Samples/dongcheng-xicheng-2014-2016.csv")],
                                       asOf: YearMonth(2016, 3), year: 2016)
        evaluate.scope = "西城区"
        let report = try ReportRequest(evaluate, ledger: Fixtures.path("Tests/Fixtures/ledger/xicheng-2016")).run()
        let history = try XCTUnwrap(report.history)
        XCTAssertEqual(history.recordedMonths, [YearMonth(2016, 1), YearMonth(2016, 2), YearMonth(2016, 3)])
        let pm25 = try XCTUnwrap(history.series(scope: "西城区", indicator: "pm25_annual_mean"))
        XCTAssertEqual(pm25.recorded.keys.sorted(), [YearMonth(2016, 1), YearMonth(2016, 2), YearMonth(2016, 3)])
        let card = report.evaluation.scorecard.row(scope: "西城区", indicator: "pm25_annual_mean")!
        for m in card.monthly { if case .month(let month) = m.period { XCTAssertEqual(pm25.recorded[month], m.value, "\(month)") } }
        XCTAssertEqual(pm25.lastYear.keys.sorted(), (1...12).map { YearMonth(2015, $0) })
        XCTAssertNil(try ReportRequest(evaluate).run().history, "no ledger: the charts draw the data alone")
        XCTAssertThrowsError(try ReportRequest(evaluate, ledger: Fixtures.path("Tests/Fixtures/ledger/no-such-ledger")).run())
    }
}
