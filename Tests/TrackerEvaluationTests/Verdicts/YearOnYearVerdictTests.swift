import XCTest
import TrackerModel
@testable import TrackerEvaluation

/// Targets phrased as a year-on-year change (同比减少 10 %): judged on the 同比 as published, with
/// last year from the data or a ledger, and no verdict without last year.
final class YearOnYearVerdictTests: XCTestCase {
    let catalog: IndicatorCatalog = {
        var c = IndicatorCatalog()
        c.add(Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre, polarity: .lowerIsBetter, kind: .mean, precision: 0, range: 0...1000))
        c.add(Indicator(id: "voc", zh: "VOCs排放量", en: "VOCs", unit: .tonne, polarity: .lowerIsBetter, kind: .reported, precision: 0))
        return c
    }()

    func card(_ comparator: TrackerModel.Comparator, indicator: String = "pm25", _ data: [TrackerModel.Measurement], asOf: YearMonth,
              lastYear: YearOnYearRecorded = .none) -> ScorecardRow {
        var scopes = ScopeDirectory()
        scopes.add(Scope(name: "西城区", level: .district, parent: nil, en: "Xicheng"))
        let at = SourceLocation(file: "t.targets", line: 1)
        let target = Target(plan: "p", scope: "西城区", scopeLevel: .district, indicator: indicator, comparator: comparator, period: .year(2025),
                            deadline: .by(year: 2025, month: 12, text: "年底前"),
                            provenance: Provenance(document: "d", title: "t", attachment: nil, seedFile: "s.txt", seedLine: 1, text: "x", definedAt: at))
        let plan = Plan(id: "p", document: "d", title: "t", seedFile: "s.txt", scope: "西城区", period: .year(2025), defersTo: nil, targets: [target], file: "t.targets")
        let set = TargetSet(plans: [plan], indicators: catalog, scopes: scopes)
        return Evaluator.evaluate(plan: plan, in: set, data: MeasurementSet(measurements: data, rowsRead: data.count), asOf: asOf,
                                  lastYear: lastYear).rows[0]
    }

    func months(_ year: Int, _ values: [Double], indicator: String = "pm25") -> [TrackerModel.Measurement] {
        values.enumerated().map { i, v in
            TrackerModel.Measurement(period: .month(YearMonth(year, i + 1)), scope: "西城区", indicator: indicator, value: v,
                                     validDays: YearMonth(year, i + 1).dayCount, source: SourceLocation(file: "d.csv", line: i + 2))
        }
    }

    func testAFallIsJudgedOnTheChangeFromTheDisplayedValues() {
        let lastYear = months(2024, Array(repeating: 40, count: 12))
        // 36 against 40: −10.0 % meets ≤ −10 %; 36.4 displays as 36 too (published integers: precision 0).
        let met = card(.yearOnYear(.atMost, -10), lastYear + months(2025, Array(repeating: 36.4, count: 12)), asOf: YearMonth(2025, 12))
        XCTAssertEqual(met.yearOnYear?.changePercent, -10)
        XCTAssertEqual(met.verdict, .met)
        XCTAssertNil(met.margin)
        XCTAssertTrue(met.notes.contains(.yearOnYear(.change(met.yearOnYear!))), "\(met.notes)")
        // 36.4 against 40 is −9.0 % in full: the published −10.0 % decides, and the row says so.
        XCTAssertTrue(met.notes.contains { if case .yearOnYear(.boundarySensitive(_, .missed, .met)) = $0 { true } else { false } }, "\(met.notes)")
        let missed = card(.yearOnYear(.atMost, -10), lastYear + months(2025, Array(repeating: 37, count: 12)), asOf: YearMonth(2025, 12))
        XCTAssertEqual(missed.verdict, .missed)
        // Year to date: −7.5 % moves the right way but not far enough → at risk; a rise → off track.
        XCTAssertEqual(card(.yearOnYear(.atMost, -10), lastYear + months(2025, [37, 37, 37]), asOf: YearMonth(2025, 3)).verdict, .atRisk)
        XCTAssertEqual(card(.yearOnYear(.atMost, -10), lastYear + months(2025, [41, 41, 41]), asOf: YearMonth(2025, 3)).verdict, .offTrack)
        XCTAssertEqual(card(.yearOnYear(.atMost, -10), lastYear + months(2025, [35, 35, 35]), asOf: YearMonth(2025, 3)).verdict, .onTrack)
        XCTAssertEqual(card(.yearOnYear(.below, 0), lastYear + months(2025, [40, 40, 40]), asOf: YearMonth(2025, 3)).verdict, .offTrack)
    }

    func testWithoutLastYearThereIsNoVerdictAndTheNoteSaysWhy() {
        let row = card(.yearOnYear(.atMost, -10), months(2025, [30, 30]), asOf: YearMonth(2025, 2))
        XCTAssertEqual(row.verdict, .insufficientData)
        XCTAssertEqual(row.notes, [.yearOnYear(.lastYearMissing(from: YearMonth(2024, 1), to: YearMonth(2024, 2)))])
    }

    func testAReportedValueIsSetAgainstLastYearsRowOfTheSameMonth() {
        let data = [TrackerModel.Measurement(period: .month(YearMonth(2024, 6)), scope: "西城区", indicator: "voc", value: 1000,
                                             source: SourceLocation(file: "d.csv", line: 2)),
                    TrackerModel.Measurement(period: .month(YearMonth(2025, 6)), scope: "西城区", indicator: "voc", value: 880,
                                             source: SourceLocation(file: "d.csv", line: 3))]
        let row = card(.yearOnYear(.atMost, -10), indicator: "voc", data, asOf: YearMonth(2025, 6))
        XCTAssertEqual(row.yearOnYear?.changePercent, -12)
        XCTAssertEqual(row.yearOnYear?.to, YearMonth(2024, 6))
        XCTAssertEqual(row.verdict, .onTrack)
    }

    func testALedgerRecordingGivesLastYearWhenTheDataLackIt() {
        let recorded = LedgerEntry(plan: "p-2024", month: YearMonth(2024, 2), revision: 1, inputs: [], targetsDigest: "",
                                   rows: [.init(scope: "西城区", indicator: "pm25", indicatorZh: "PM2.5年均浓度", target: "≤ 40",
                                                observed: 40.4, observedText: "40", verdict: .onTrack, period: .year(2024))])
        let row = card(.yearOnYear(.atMost, -10), months(2025, [35, 35]), asOf: YearMonth(2025, 2), lastYear: YearOnYearRecorded([recorded]))
        XCTAssertEqual(row.yearOnYear?.source, .ledger(plan: "p-2024", month: YearMonth(2024, 2)))
        XCTAssertEqual(row.yearOnYear?.lastYearDisplayed, 40)
        XCTAssertEqual(row.yearOnYear?.changePercent, -12.5)
        XCTAssertEqual(row.verdict, .onTrack)
        // A recording of another month is not the same period.
        let other = LedgerEntry(plan: "p-2024", month: YearMonth(2024, 3), revision: 1, inputs: [], targetsDigest: "", rows: recorded.rows)
        XCTAssertNil(card(.yearOnYear(.atMost, -10), months(2025, [35, 35]), asOf: YearMonth(2025, 2),
                          lastYear: YearOnYearRecorded([other])).yearOnYear)
    }
}
