import Foundation
import TrackerInput
import TrackerModel
import TrackerEvaluation
import TrackerTestSupport
import XCTest

/// The focus a person asks for (issue 15): indicators, verdicts and a level keep only their rows;
/// rows with no data at all are set aside for people's tables, never dropped from the scorecard.
final class ScorecardFocusTests: XCTestCase {
    static let loaded = TargetLoader.load(paths: [Fixtures.targets]).set
    static let december = ScorecardFactsTests.card(asOf: YearMonth(2025, 12))
    static func level(_ scope: String) -> ScopeLevel? { loaded.scopes[scope]?.level }

    func testIndicatorVerdictAndLevelKeepOnlyTheStreetsThatMissPM25() {
        let focus = ScorecardFocus(indicators: ["pm25_annual_mean"], verdicts: [.missed], level: .street)
        let card = focus.apply(to: Self.december, levelOf: Self.level)
        XCTAssertEqual(card.rows.map(\.scope), ["西长安街街道", "大栅栏街道", "新街口街道", "椿树街道", "月坛街道", "牛街街道"])
        XCTAssertTrue(card.rows.allSatisfy { $0.verdict == .missed && $0.indicator == "pm25_annual_mean" && ($0.margin ?? 0) < 0 })
        XCTAssertEqual(card.focus, focus)
    }

    func testRowsWithoutDataAreSetAsideNotLost() {
        let all = Self.december
        let focused = ScorecardFocus(setsAsideRowsWithoutData: true).apply(to: all, levelOf: Self.level)
        XCTAssertEqual(focused.rows, all.rows, "the scorecard keeps every row")
        XCTAssertEqual(focused.rowsShown.count + focused.rowsWithoutData.count, all.rows.count)
        XCTAssertEqual(focused.rowsWithoutData.count, 19)
        XCTAssertTrue(focused.rowsWithoutData.allSatisfy { $0.observed == nil && $0.monthly.isEmpty })
        XCTAssertTrue(focused.rowsShown.allSatisfy { !$0.hasNoData })
        // Without setting aside, everything is shown.
        XCTAssertEqual(ScorecardFocus().apply(to: all, levelOf: Self.level).rowsShown, all.rows)
    }

    func testAnEmptyFocusKeepsEveryRow() {
        XCTAssertFalse(ScorecardFocus().narrows)
        XCTAssertEqual(ScorecardFocus().apply(to: Self.december, levelOf: Self.level).rows, Self.december.rows)
    }
}
