import XCTest
import TrackerEvaluation
import TrackerModel
@testable import TrackerRendering

/// A target declaring GB/T 8170 修约值比较 (`compare rounded 0`): the verdict follows the rounded
/// value, and the table shows both the full value and the one compared.
final class RoundedComparisonTests: XCTestCase {
    func testTheTableShowsTheFullAndTheComparedValue() throws {
        var catalog = IndicatorCatalog()
        catalog.add(Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre,
                              polarity: .lowerIsBetter, kind: .mean, precision: 1))
        var scopes = ScopeDirectory()
        scopes.add(Scope(name: "西城区", level: .district, parent: nil, en: "Xicheng"))
        func plan(_ comparison: Target.Comparison) -> (Plan, TargetSet) {
            let target = Target(plan: "p", scope: "西城区", scopeLevel: .district, indicator: "pm25",
                                comparator: .bound(.atMost, 31), period: .year(2025),
                                deadline: .by(year: 2025, month: 12, text: "年底前"), comparison: comparison,
                                provenance: Provenance(document: "d", title: "t", attachment: nil, seedFile: "s.txt", seedLine: 1,
                                                       text: "x", definedAt: SourceLocation(file: "t.targets", line: 1)))
            let p = Plan(id: "p", document: "d", title: "t", seedFile: "s.txt", scope: "西城区", period: .year(2025),
                         defersTo: nil, targets: [target], file: "t.targets")
            return (p, TargetSet(plans: [p], indicators: catalog, scopes: scopes))
        }
        let data = MeasurementSet(measurements: (1...12).map { m in
            TrackerModel.Measurement(period: .month(YearMonth(2025, m)), scope: "西城区", indicator: "pm25", value: 31.4,
                                     validDays: YearMonth(2025, m).dayCount, source: SourceLocation(file: "d.csv", line: m + 1))
        }, rowsRead: 12)

        let (rounded, roundedSet) = plan(.rounded(decimals: 0))
        let card = Evaluator.evaluate(plan: rounded, in: roundedSet, data: data, asOf: nil)
        XCTAssertEqual(card.rows[0].comparedValue, 31)
        XCTAssertEqual(card.rows[0].verdict, .met, "31.4 rounds to 31, which meets ≤ 31")
        XCTAssertTrue(ScorecardText.table(card).contains("31.4 → 31"), ScorecardText.table(card))

        let (full, fullSet) = plan(.full)
        let fullCard = Evaluator.evaluate(plan: full, in: fullSet, data: data, asOf: nil)
        XCTAssertEqual(fullCard.rows[0].verdict, .missed, "the full value 31.4 misses ≤ 31")
        XCTAssertFalse(ScorecardText.table(fullCard).contains("→ 31"))
    }
}
