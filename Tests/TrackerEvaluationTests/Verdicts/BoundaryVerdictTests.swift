import XCTest
import TrackerModel
@testable import TrackerEvaluation

/// Issue 18, the verdict at the boundary: the published value (rounded once, half to even, at the
/// indicator's publication precision for the period) is compared by default, the full value on
/// request; a row where the two disagree is boundary-sensitive (口径敏感) and carries both verdicts.
final class BoundaryVerdictTests: XCTestCase {
    var catalog = IndicatorCatalog()
    var scopes = ScopeDirectory()

    override func setUp() {
        var pm25 = Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre, polarity: .lowerIsBetter, kind: .mean, precision: 1)
        pm25.publication = PublicationPrecision(parsing: "0, 1 from 2024")
        var good = Indicator(id: "good", zh: "优良天数比率", en: "good days", unit: .percent, polarity: .higherIsBetter, kind: .dayRatio, precision: 1)
        good.publication = PublicationPrecision(parsing: "1")
        catalog.add(pm25)
        catalog.add(good)
        scopes.add(Scope(name: "西城区", level: .district, parent: nil, en: "Xicheng"))
    }

    /// One target over `year`, every month at `value` with full valid days, as of December.
    func row(_ indicator: String, _ comparator: TrackerModel.Comparator, value: Double, year: Int,
             compare: Target.Comparison = .published, targetCompare: Target.Comparison? = nil) -> ScorecardRow {
        let at = SourceLocation(file: "t.targets", line: 1)
        let target = Target(plan: "p", scope: "西城区", scopeLevel: .district, indicator: indicator, comparator: comparator,
                            period: .year(year), deadline: .by(year: year, month: 12, text: "年底前"), comparison: targetCompare,
                            provenance: Provenance(document: "d", title: "t", attachment: nil, seedFile: "s.txt", seedLine: 1, text: "x", definedAt: at))
        let plan = Plan(id: "p", document: "d", title: "t", seedFile: "s.txt", scope: "西城区", period: .year(year), defersTo: nil,
                        targets: [target], file: "t.targets")
        let data = (1...12).map { m in
            TrackerModel.Measurement(period: .month(YearMonth(year, m)), scope: "西城区", indicator: indicator, value: value,
                                     validDays: YearMonth(year, m).dayCount, flags: [], source: SourceLocation(file: "d.csv", line: m + 1))
        }
        let card = Evaluator.evaluate(plan: plan, in: TargetSet(plans: [plan], indicators: catalog, scopes: scopes),
                                      data: MeasurementSet(measurements: data, rowsRead: data.count), asOf: nil, compare: compare)
        return card.rows[0]
    }

    func testPublicationPrecisionChangesWithThePeriod() {
        let p = PublicationPrecision(parsing: "0, 1 from 2024")!
        XCTAssertEqual([2018, 2023, 2024, 2026].map(p.decimals(in:)), [0, 0, 1, 1])
        XCTAssertEqual(p.text, "0, 1 from 2024")
        XCTAssertNil(PublicationPrecision(parsing: "0, 1 since 2024"))
        XCTAssertNil(PublicationPrecision(parsing: "0, 1 from 2024, 2 from 2020"), "changes in year order")
    }

    func test32point04In2024IsMetAsPublishedAndFlagged() {
        let r = row("pm25", .bound(.atMost, 32), value: 32.04, year: 2024)
        XCTAssertEqual(r.publishedValue, 32.0)
        XCTAssertEqual(r.verdict, .met)
        XCTAssertEqual(r.boundary?.full, .missed)
        XCTAssertEqual(r.boundary?.published, .met)
        XCTAssertTrue(r.notes.contains { if case .boundarySensitive = $0 { true } else { false } })
        // The full-value comparison, per run: missed, still flagged with both verdicts.
        let full = row("pm25", .bound(.atMost, 32), value: 32.04, year: 2024, compare: .full)
        XCTAssertEqual(full.verdict, .missed)
        XCTAssertEqual(full.boundary?.published, .met)
        // And per target: the target's own `compare full` wins over the run's default.
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 32.04, year: 2024, targetCompare: .full).verdict, .missed)
    }

    func test32point4In2024IsMissedByBoth() {
        let r = row("pm25", .bound(.atMost, 32), value: 32.4, year: 2024)
        XCTAssertEqual(r.publishedValue, 32.4)
        XCTAssertEqual(r.verdict, .missed)
        XCTAssertNil(r.boundary)
    }

    func test32point4In2023IsPublishedAs32AndMetFlagged() {
        let r = row("pm25", .bound(.atMost, 32), value: 32.4, year: 2023)
        XCTAssertEqual(r.publishedValue, 32)
        XCTAssertEqual(r.publishedDecimals, 0)
        XCTAssertEqual(r.verdict, .met)
        XCTAssertEqual(r.boundary, BoundarySensitivity(full: .missed, published: .met, fullValue: r.observed!, publishedValue: 32, publishedDecimals: 0))
    }

    func testGoodDaysAt77point95AgainstAtLeast78() {
        let r = row("good", .bound(.atLeast, 78), value: 77.95, year: 2025)
        XCTAssertEqual(r.publishedValue, 78.0)
        XCTAssertEqual(r.verdict, .met)
        XCTAssertEqual(r.boundary?.full, .missed)
    }

    func testTiesAtFiveRoundHalfToEvenOnce() {
        // 32.05 → 32.0 (even), met and flagged; 32.15 → 32.2, missed by both; 32.25 → 32.2.
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 32.05, year: 2025).publishedValue, 32.0)
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 32.05, year: 2025).verdict, .met)
        XCTAssertNotNil(row("pm25", .bound(.atMost, 32), value: 32.05, year: 2025).boundary)
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 32.15, year: 2025).publishedValue, 32.2)
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 32.15, year: 2025).verdict, .missed)
        XCTAssertEqual(row("pm25", .bound(.atMost, 32.2), value: 32.25, year: 2025).publishedValue, 32.2)
        // 2023, integers: 32.5 → 32 (even) met; 31.5 → 32 met; 33.5 → 34.
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 32.5, year: 2023).publishedValue, 32)
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 31.5, year: 2023).publishedValue, 32)
        XCTAssertEqual(row("pm25", .bound(.atMost, 33), value: 33.5, year: 2023).publishedValue, 34)
        // Rounded once from the unrounded value: 32.449 is 32.4 at one decimal and 32 at none,
        // never 32.45 → 32.5 → 33 (rounding a rounded value again).
        XCTAssertEqual(row("pm25", .bound(.atMost, 32), value: 32.449, year: 2023).publishedValue, 32)
    }
}
