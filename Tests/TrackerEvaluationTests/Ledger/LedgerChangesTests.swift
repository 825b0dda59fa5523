import XCTest
import TrackerModel
@testable import TrackerEvaluation

/// The causes `changes` gives a moved verdict: diff's `VerdictFlip.Cause`, with what the ledger knows.
final class LedgerChangesTests: XCTestCase {
    func row(_ target: String, _ verdict: Verdict, comparator: String? = "<=", bound: Double? = 31, decimals: Int? = 0) -> LedgerEntry.Row {
        LedgerEntry.Row(scope: "西城区", indicator: "pm25_annual_mean", indicatorZh: "PM2.5年均浓度", target: target, observed: 33,
                        observedText: "33", verdict: verdict, period: .year(2025), comparator: comparator, bound: bound,
                        publishedDecimals: decimals)
    }

    func entry(_ month: Int, _ row: LedgerEntry.Row, targets: String = "t", catalog: String? = "c", standard: String? = nil) -> LedgerEntry {
        var e = LedgerEntry(plan: "p", month: YearMonth(2025, month), revision: 1, inputs: [], targetsDigest: targets, rows: [row])
        e.catalogDigest = catalog
        e.standard = standard
        return e
    }

    func reasons(_ a: LedgerEntry, _ b: LedgerEntry) -> [LedgerChanges.Reason] {
        LedgerChanges([a, b], since: nil).moves.first?.reasons ?? []
    }

    func testEachCauseWithItsDetail() {
        XCTAssertEqual(reasons(entry(4, row("≤ 31", .atRisk)), entry(5, row("≤ 31", .offTrack))), [.newMonthOfData(YearMonth(2025, 5))])
        XCTAssertEqual(reasons(entry(4, row("≤ 31", .atRisk)), entry(5, row("≤ 32", .onTrack, bound: 32), targets: "u")),
                       [.targetChanged(old: "≤ 31", new: "≤ 32", how: .threshold)])
        XCTAssertEqual(reasons(entry(4, row("≤ 31", .atRisk)), entry(5, row("同比下降", .onTrack, comparator: "year_on_year", bound: 0), targets: "u")),
                       [.targetChanged(old: "≤ 31", new: "同比下降", how: .comparator)])
        XCTAssertEqual(reasons(entry(4, row("≤ 31", .atRisk)), entry(5, row("≤ 31", .onTrack, decimals: 1), targets: "u", catalog: "d")),
                       [.standardChanged(.publishedDecimals(from: 0, to: 1))])
        XCTAssertEqual(reasons(entry(4, row("≤ 31", .atRisk)), entry(5, row("≤ 31", .onTrack), targets: "u", catalog: "d")),
                       [.standardChanged(.catalog)])
        XCTAssertEqual(reasons(entry(4, row("≤ 31", .atRisk), standard: "HJ 633—2012"), entry(5, row("≤ 31", .onTrack), standard: "HJ 633—2026")),
                       [.standardChanged(.aqiStandard(from: "HJ 633—2012", to: "HJ 633—2026"))])
        XCTAssertEqual(reasons(entry(4, row("≤ 31", .atRisk)), entry(5, row("≤ 31", .onTrack))).map(\.cause), [.newMonthOfData])
    }

    func testARevisionFromOtherDataIsDataChangedAndOneFromOtherTargetsIsNot() {
        let april = entry(4, row("≤ 31", .atRisk))
        var may = entry(5, row("≤ 31", .offTrack))
        may.inputs = [.init(file: "d.csv", sha256: "2")]
        may.values = [.init(scope: "西城区", indicator: "pm25_annual_mean", indicatorZh: "PM2.5年均浓度", month: YearMonth(2025, 5), value: 40)]
        may.revision = 2
        may.previous = [.init(revision: 1, inputs: [.init(file: "d.csv", sha256: "1")], targetsDigest: "t", rows: [row("≤ 31", .atRisk)],
                              values: [.init(scope: "西城区", indicator: "pm25_annual_mean", indicatorZh: "PM2.5年均浓度", month: YearMonth(2025, 5), value: 30)])]
        let revised = LedgerChanges.Revised(plan: "p", month: YearMonth(2025, 5), fromRevision: 1, toRevision: 2, valueMonth: YearMonth(2025, 5),
                                            scope: "西城区", indicator: "pm25_annual_mean", indicatorZh: "PM2.5年均浓度", before: 30, after: 40)
        XCTAssertEqual(reasons(april, may), [.revisedData([revised])])
        // The same inputs, other targets: the revision is no revised data.
        may.previous[0].inputs = may.inputs
        XCTAssertEqual(reasons(april, may), [.newMonthOfData(YearMonth(2025, 5))])
    }

    func testOlderFilesFallBackOnTheTargetsDigest() {
        let old = row("≤ 31", .atRisk, comparator: nil, bound: nil, decimals: nil)
        XCTAssertEqual(reasons(entry(4, old, catalog: nil), entry(5, row("≤ 31", .onTrack, comparator: nil, bound: nil, decimals: nil), targets: "u", catalog: nil)),
                       [.targetChanged(old: "≤ 31", new: "≤ 31", how: .targetFiles)])
    }
}
