import XCTest
import TrackerModel
import TrackerInput
import TrackerTestSupport
@testable import TrackerEvaluation

/// Competition ranks, 同比 arithmetic and published precision (docs/rankings.md).
final class RankingRulesTests: XCTestCase {
    func testTiedDisplayedValuesShareARankAndTheNextCountsEveryoneBefore() {
        XCTAssertEqual(CompetitionRank.ranks([41, 38, 41, 45], ascending: true), [2, 1, 2, 4])
        XCTAssertEqual(CompetitionRank.ranks([41, 41, 38], ascending: false), [1, 1, 3])
        XCTAssertEqual(CompetitionRank.ranks([41, nil, 40], ascending: true), [2, nil, 1])
    }

    func testYearOnYearIsFromDisplayedValuesRoundedHalfToEven() {
        XCTAssertEqual(YearOnYear.changePercent(this: 85, last: 80, decimals: 0), 6.2)     // 6.25 → 6.2
        XCTAssertEqual(YearOnYear.changePercent(this: 87, last: 80, decimals: 0), 8.8)     // 8.75 → 8.8
        XCTAssertEqual(YearOnYear.changePercent(this: 75, last: 80, decimals: 0), -6.2)    // -6.25 → -6.2
        XCTAssertEqual(YearOnYear.changePercent(this: 41.3, last: 45.0, decimals: 1), -8.2)
        XCTAssertEqual(YearOnYear.changePercent(this: 30, last: 30, decimals: 0), 0)
        XCTAssertNil(YearOnYear.changePercent(this: 5, last: 0, decimals: 0))
    }

    func testPM25IsPublishedAsAnIntegerThrough2023() {
        // The catalog's `published` lines are the one home of the rule (docs/evaluation.md).
        let catalog = TargetLoader.load(paths: [Fixtures.targets]).set.indicators
        let pm25 = try! XCTUnwrap(catalog["pm25_annual_mean"]), good = try! XCTUnwrap(catalog["good_day_ratio"])
        XCTAssertEqual(pm25.publishedDecimals(in: 2023), 0)
        XCTAssertEqual(pm25.publishedDecimals(in: 2024), 1)
        XCTAssertEqual(good.publishedDecimals(in: 2016), 1)
    }

    /// Cumulative: the valid-day-weighted mean of the months, never the plain mean of monthly means.
    func testCumulativeValuesWeighTheirValidDays() {
        let pm25 = Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre,
                             polarity: .lowerIsBetter, kind: .mean, precision: 1)
        func row(_ scope: String, _ month: Int, _ value: Double, _ days: Int) -> TrackerModel.Measurement {
            TrackerModel.Measurement(period: .month(YearMonth(2016, month)), scope: scope, indicator: "pm25", value: value,
                                     validDays: days, source: SourceLocation(file: "t.csv", line: month))
        }
        // A: (100×30 + 40×10) / 40 = 85 (plain mean 70); B: 80 over both months.
        let rows = [row("A", 1, 100, 30), row("A", 2, 40, 10), row("B", 1, 80, 31), row("B", 2, 80, 28)]
        let ranking = Ranking.make(rows, indicator: pm25, month: YearMonth(2016, 2), cumulative: true, scopes: ["A", "B"])
        XCTAssertEqual(ranking.entries.map(\.scope), ["B", "A"])
        XCTAssertEqual(ranking.entries.map(\.displayed), [80, 85])
        XCTAssertEqual(ranking.entries.map(\.rank), [1, 2])
    }
    /// 倒排名 (rank from the bottom): the worst displayed value is 1, ties share a rank; the entries
    /// worst first; scopes without a value unranked and last.
    func testTheReverseRankCountsFromTheWorst() {
        let pm25 = Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre,
                             polarity: .lowerIsBetter, kind: .mean, precision: 1)
        func row(_ scope: String, _ value: Double) -> TrackerModel.Measurement {
            TrackerModel.Measurement(period: .month(YearMonth(2025, 6)), scope: scope, indicator: "pm25", value: value,
                                     validDays: 30, source: SourceLocation(file: "t.csv", line: 1))
        }
        // Published to 0.1 from 2024: 24.24 and 24.16 both show 24.2.
        let rows = [row("A", 22.3), row("B", 24.24), row("C", 27.0), row("D", 24.16)]
        let ranking = Ranking.make(rows, indicator: pm25, month: YearMonth(2025, 6), cumulative: false, scopes: ["A", "B", "C", "D", "E"])
        XCTAssertEqual(ranking.worstFirst.map(\.scope), ["C", "B", "D", "A", "E"])
        XCTAssertEqual(ranking.worstFirst.map(\.reverseRank), [1, 2, 2, 4, nil])
        XCTAssertEqual(ranking.entries.map(\.rank), [1, 2, 2, 4, nil], "the ranking from the best is its mirror")
    }
}
