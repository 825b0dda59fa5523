import XCTest
import TrackerModel
@testable import TrackerEvaluation

/// What a report's trend charts take from a ledger (docs/ledger.md): each month as its own file
/// recorded it (the latest revision), else as the latest file holding it; last year's months
/// from the data first, then from any plan's files.
final class TrendHistoryTests: XCTestCase {
    func value(_ month: YearMonth, _ v: Double, scope: String = "西城区") -> LedgerEntry.Value {
        LedgerEntry.Value(scope: scope, indicator: "pm25_annual_mean", indicatorZh: "PM2.5年均浓度", month: month, value: v)
    }

    func entry(_ plan: String, _ month: YearMonth, _ values: [LedgerEntry.Value], revision: Int = 1) -> LedgerEntry {
        LedgerEntry(plan: plan, month: month, revision: revision, inputs: [], targetsDigest: "", rows: [], values: values)
    }

    func testEachMonthIsItsOwnFilesLatestRecording() {
        let (jan, feb, mar) = (YearMonth(2025, 1), YearMonth(2025, 2), YearMonth(2025, 3))
        let entries = [
            // January's file, then February's holding a revised January (data revised later), then
            // March's file without February's own value (February kept as its own file recorded it).
            entry("xicheng-2025", jan, [value(jan, 40)]),
            entry("xicheng-2025", feb, [value(jan, 41), value(feb, 35)], revision: 2),
            entry("xicheng-2025", mar, [value(jan, 41), value(feb, 36), value(mar, 30)]),
            // Another plan's file of last year's months, and of a scope this plan did not record.
            entry("xicheng-2024", YearMonth(2024, 12), [value(YearMonth(2024, 1), 50), value(YearMonth(2024, 2), 44),
                                                          value(YearMonth(2024, 1), 60, scope: "东城区")]),
        ]
        let data = [TrackerModel.Measurement(period: .month(YearMonth(2024, 2)), scope: "西城区", indicator: "pm25_annual_mean",
                                             value: 45, validDays: 29, source: SourceLocation(file: "d.csv", line: 2))]
        let history = TrendHistory.make(entries: entries, plan: "xicheng-2025", data: data)
        XCTAssertEqual(history.recordedMonths, [jan, feb, mar])
        let series = try! XCTUnwrap(history.series(scope: "西城区", indicator: "pm25_annual_mean"))
        XCTAssertEqual(series.recorded, [jan: 40, feb: 35, mar: 30], "each month as its own file recorded it")
        XCTAssertEqual(series.lastYear, [YearMonth(2024, 1): 50, YearMonth(2024, 2): 45], "the data's February over the ledger's")
        XCTAssertNil(history.series(scope: "东城区", indicator: "pm25_annual_mean"), "only what this plan recorded is charted")
    }

    func testAMonthWithoutItsOwnFileTakesTheLatestFileHoldingIt() {
        let entries = [entry("p", YearMonth(2025, 3), [value(YearMonth(2025, 1), 40), value(YearMonth(2025, 2), 35)]),
                       entry("p", YearMonth(2025, 4), [value(YearMonth(2025, 1), 42), value(YearMonth(2025, 4), 28)])]
        let series = TrendHistory.make(entries: entries, plan: "p", data: []).series(scope: "西城区", indicator: "pm25_annual_mean")
        XCTAssertEqual(series?.recorded, [YearMonth(2025, 1): 42, YearMonth(2025, 2): 35, YearMonth(2025, 4): 28])
        XCTAssertEqual(TrendHistory.make(entries: [], plan: "p", data: []), TrendHistory())
    }
}
