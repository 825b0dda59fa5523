import XCTest
import TrackerEvaluation
import TrackerModel
import TrackerRendering

/// `LedgerData`: every cause of `tracker changes` in JSON with its detail (the goldens show
/// `data_changed` and `target_changed`; here a new month of data and the three changes of
/// standard), and `history`'s JSON and CSV leave out the months a line lacks.
final class LedgerDataTests: XCTestCase {
    func row(_ verdict: Verdict, observed: Double, decimals: Int, target: String = "≤ 32") -> LedgerEntry.Row {
        LedgerEntry.Row(scope: "西城区", indicator: "pm25_annual_mean", indicatorZh: "PM2.5年均浓度", target: target,
                        observed: observed, observedText: NumberFormat.fixed(observed, decimals), verdict: verdict,
                        period: Period(first: YearMonth(2025, 1), last: YearMonth(2025, 12)), comparator: "<=", bound: 32, publishedDecimals: decimals)
    }

    func entry(_ month: Int, _ rows: [LedgerEntry.Row], standard: String? = nil, catalog: String = "c1") -> LedgerEntry {
        var e = LedgerEntry(plan: "xicheng-2025", month: YearMonth(2025, month), revision: 1,
                            inputs: [.init(file: "m.csv", sha256: "a")], targetsDigest: "t", rows: rows)
        e.standard = standard
        e.catalogDigest = catalog
        return e
    }

    func causes(_ changes: LedgerChanges) -> String {
        guard case .object(let top) = LedgerData.changesJSON(changes), case .array(let moves)? = top.first(where: { $0.0 == "moves" })?.1,
              case .object(let move)? = moves.first, let causes = move.first(where: { $0.0 == "causes" })?.1 else { return "" }
        return causes.text()
    }

    func testEveryCauseCarriesItsDetail() {
        let newMonth = LedgerChanges([entry(1, [row(.atRisk, observed: 33, decimals: 1)]), entry(2, [row(.onTrack, observed: 31, decimals: 1)])],
                                     since: nil)
        XCTAssertEqual(causes(newMonth), #"[{"cause":"new_month_of_data","month":"2025-02"}]"#)

        let decimals = LedgerChanges([entry(1, [row(.atRisk, observed: 32.4, decimals: 0)]), entry(2, [row(.offTrack, observed: 32.4, decimals: 1)])],
                                     since: nil)
        XCTAssertEqual(causes(decimals), #"[{"cause":"standard_changed","change":"published_decimals","old":0,"new":1}]"#)

        let catalog = LedgerChanges([entry(1, [row(.atRisk, observed: 33, decimals: 1)]),
                                     entry(2, [row(.offTrack, observed: 33, decimals: 1)], catalog: "c2")], since: nil)
        XCTAssertEqual(causes(catalog), #"[{"cause":"standard_changed","change":"catalog"}]"#)

        let aqi = LedgerChanges([entry(1, [row(.atRisk, observed: 33, decimals: 1)], standard: "HJ 633—2012"),
                                 entry(2, [row(.offTrack, observed: 33, decimals: 1)], standard: "HJ 633—2026")], since: nil)
        XCTAssertEqual(causes(aqi), #"[{"cause":"standard_changed","change":"aqi_standard","old":"HJ 633—2012","new":"HJ 633—2026"}]"#)

        // CSV: the cause as diff words it, the detail without it.
        XCTAssertEqual(LedgerData.changesCSV(aqi, in: .zh).split(separator: "\r\n").last,
                       "xicheng-2025,2025-01,2025-02,西城区,PM2.5年均浓度,≤ 32,新增未达标,33.0,有风险,33.0,严重滞后,标准变化,HJ 633—2012 → HJ 633—2026")
    }

    func testHistoryLeavesOutTheMonthsALineLacks() {
        let other = LedgerEntry.Row(scope: "西城区", indicator: "dustfall", indicatorZh: "降尘量", target: "≤ 4.5", observed: 4.2,
                                    observedText: "4.2", verdict: .onTrack)
        let history = LedgerHistory([entry(1, [row(.atRisk, observed: 33, decimals: 1), other]), entry(2, [row(.onTrack, observed: 31, decimals: 1)])])
        let csv = LedgerData.historyCSV(history, in: .en)
        XCTAssertEqual(csv, "plan,scope,indicator,target,month,revision,observed,verdict\r\n"
                       + "xicheng-2025,西城区,PM2.5年均浓度,≤ 32,2025-01,1,33.0,at_risk\r\n"
                       + "xicheng-2025,西城区,PM2.5年均浓度,≤ 32,2025-02,1,31.0,on_track\r\n"
                       + "xicheng-2025,西城区,降尘量,≤ 4.5,2025-01,1,4.2,on_track\r\n")
        let json = LedgerData.historyJSON(history).text()
        XCTAssertTrue(json.contains(#""indicator":"dustfall","indicator_zh":"降尘量","target":"≤ 4.5","points":[{"month":"2025-01","observed":4.2,"observed_text":"4.2","verdict":"on_track"}]"#), json)
    }
}
