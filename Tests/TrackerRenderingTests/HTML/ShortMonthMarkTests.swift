import TrackerEvaluation
import TrackerModel
@testable import TrackerRendering
import XCTest

/// A report's charts mark short exactly the months evaluation counted short: a month whose
/// excluded days bring it to the minimum is not short (§9), although its valid days without them
/// are under 27.
final class ShortMonthMarkTests: XCTestCase {
    func testAMonthShortOnlyWithoutItsExcludedDaysIsNotMarked() throws {
        var catalog = IndicatorCatalog()
        catalog.add(Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre, polarity: .lowerIsBetter,
                              kind: .mean, precision: 1, range: 0...1000))
        var scopes = ScopeDirectory()
        scopes.add(Scope(name: "西城区", level: .district, parent: nil, en: "Xicheng"))
        let target = Target(plan: "p", scope: "西城区", scopeLevel: .district, indicator: "pm25", comparator: .bound(.atMost, 32),
                            period: .year(2025), deadline: .by(year: 2025, month: 12, text: "年底前"),
                            provenance: Provenance(document: "d", title: "t", attachment: nil, seedFile: "s.txt", seedLine: 1, text: "x",
                                                   definedAt: SourceLocation(file: "t.targets", line: 1)))
        let plan = Plan(id: "p", document: "d", title: "t", seedFile: "s.txt", scope: "西城区", period: .year(2025), defersTo: nil,
                        targets: [target], file: "t.targets")
        var data = (1...6).map { m in
            TrackerModel.Measurement(period: .month(YearMonth(2025, m)), scope: "西城区", indicator: "pm25", value: 30,
                                     validDays: YearMonth(2025, m).dayCount, source: SourceLocation(file: "d.csv", line: m + 1))
        }
        // March: 25 valid days without its 3 sand-dust days, 28 with them. June: 20, short.
        data[2].validDays = 25
        data[2].excludedDays = ExcludedDays(count: 3, valueWithThem: 60, validDaysWithThem: 28)
        data[5].validDays = 20
        let card = Evaluator.evaluate(plan: plan, in: TargetSet(plans: [plan], indicators: catalog, scopes: scopes),
                                      data: MeasurementSet(measurements: data, rowsRead: data.count), asOf: YearMonth(2025, 6))
        let row = try XCTUnwrap(card.rows.first)
        XCTAssertEqual(row.shortMonths, [YearMonth(2025, 6)])
        let chart = TrendChart(row: row, asOf: card.asOf, id: "t")
        XCTAssertEqual(chart.points.filter(\.short).map(\.month), [YearMonth(2025, 6)])
        XCTAssertFalse(chart.isFinal)
    }
}
