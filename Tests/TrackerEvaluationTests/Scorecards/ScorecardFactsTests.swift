import Foundation
import TrackerInput
import TrackerModel
@testable import TrackerEvaluation
import TrackerTestSupport
import XCTest

/// What evaluation returns is data: notes are `ScorecardNote` cases with their values, the
/// required rest is numbers with a relation and a unit, a resolved deferral a reference. Checked
/// on the bundled Xicheng 2025 plan and its synthetic sample (the README's example).
final class ScorecardFactsTests: XCTestCase {
    static func card(asOf: YearMonth) -> Scorecard {
        let loaded = TargetLoader.load(paths: [Fixtures.targets]).set
        let (data, _) = MeasurementReader.read(files: [Fixtures.path("Samples/xicheng-2025-synthetic.csv")],
                                               indicators: loaded.indicators, scopes: loaded.scopes,
                                               period: Period(first: YearMonth(2024, 1), last: YearMonth(2025, 12)))
        return Evaluator.evaluate(plan: loaded.plan("xicheng-2025")!, in: loaded, data: data, asOf: asOf)
    }

    func testDeshengsPM25InJuneNeedsTheRemaining184DaysToAverageAtMost32() throws {
        let row = try XCTUnwrap(Self.card(asOf: YearMonth(2025, 6)).row(scope: "德胜街道", indicator: "pm25_annual_mean"))
        XCTAssertEqual(row.verdict, .onTrack)
        let rest = try XCTUnwrap(row.requiredRest)
        XCTAssertEqual(rest.requirement, .average(.days(184)))
        XCTAssertEqual(rest.requirement.remaining, .days(184))
        XCTAssertEqual(rest.relation, .atMost)
        XCTAssertEqual(rest.unit, .microgramPerCubicMetre)
        XCTAssertEqual(rest.precision, 1)
        XCTAssertEqual(rest.standing, .open)
        // (31·365 − 30.0·181) / 184 before rounding: printed on the safe side as 32.0.
        XCTAssertEqual(rest.value, (31 * 365 - row.observed! * 181) / 184, accuracy: 1e-9)
        XCTAssertEqual(NumberFormat.requirement(rest.value, rest.precision, ceiling: true), "32.0")
        XCTAssertEqual(row.validDays, 181)
        XCTAssertEqual(row.elapsedDays, 181, "January–June 2025")
        XCTAssertEqual(row.observedDigits, .precision)
    }

    func testDeshengsDustfallNotesAreTheExcludedMonthAndTheValueWithoutIt() throws {
        let row = try XCTUnwrap(Self.card(asOf: YearMonth(2025, 6)).row(scope: "德胜街道", indicator: "dustfall_monthly_mean"))
        XCTAssertEqual(row.notes.count, 2, "\(row.notes)")
        XCTAssertEqual(row.notes.first, .excludedMonth(YearMonth(2025, 4), flags: ["sand_dust"]))
        guard case .valueWithoutExclusions(let without) = row.notes.last else { return XCTFail("\(row.notes)") }
        XCTAssertEqual(NumberFormat.fixed(without, row.precision), "5.7")
        XCTAssertEqual(row.requiredRest?.requirement, .average(.months(6)))
        XCTAssertEqual(row.requiredRest?.unit, .tonnePerSquareKilometreMonth)
    }

    func testAValueThatRoundsAcrossItsBoundNeedsMoreDecimals() {
        // 31.01 against ≤ 31 at precision 0 would read 31, which meets: two decimals show the miss.
        XCTAssertEqual(Evaluator.observedDigits(31.01, compared: 31.01, precision: 0, comparator: .bound(.atMost, 31),
                                                polarity: .lowerIsBetter), .decimals(2))
        XCTAssertEqual(Evaluator.observedDigits(35.6, compared: 35.6, precision: 0, comparator: .bound(.atLeast, 36),
                                                polarity: .higherIsBetter), .decimals(1))
        XCTAssertEqual(Evaluator.observedDigits(30.2, compared: 30.2, precision: 1, comparator: .bound(.atMost, 31),
                                                polarity: .lowerIsBetter), .precision)
        XCTAssertEqual(Evaluator.observedDigits(31.0000001, compared: 31.0000001, precision: 1, comparator: .bound(.atMost, 31),
                                                polarity: .lowerIsBetter), .full)
    }

    func testADeferredTargetNamesTheTargetItResolvedTo() throws {
        var catalog = IndicatorCatalog()
        catalog.add(Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre, polarity: .lowerIsBetter,
                              kind: .mean, precision: 1, range: 0...1000))
        var scopes = ScopeDirectory()
        scopes.add(Scope(name: "北京市", level: .city, parent: nil, en: "Beijing"))
        scopes.add(Scope(name: "西城区", level: .district, parent: "北京市", en: "Xicheng"))
        func target(_ scope: String, _ level: ScopeLevel, _ comparator: TrackerModel.Comparator, line: Int) -> Target {
            Target(plan: "p", scope: scope, scopeLevel: level, indicator: "pm25", comparator: comparator, period: .year(2025),
                   deadline: .by(year: 2025, month: 12, text: "年底前"),
                   provenance: Provenance(document: "d", title: "t", attachment: nil, seedFile: "s.txt", seedLine: line, text: "x",
                                          definedAt: SourceLocation(file: "t.targets", line: line)))
        }
        let plan = Plan(id: "p", document: "d", title: "t", seedFile: "s.txt", scope: "北京市", period: .year(2025), defersTo: nil,
                        targets: [target("北京市", .city, .bound(.atMost, 30), line: 7), target("西城区", .district, .deferred("达到市级要求"), line: 9)],
                        file: "t.targets")
        let set = TargetSet(plans: [plan], indicators: catalog, scopes: scopes)
        let card = Evaluator.evaluate(plan: plan, in: set, data: MeasurementSet(measurements: [], rowsRead: 0), asOf: YearMonth(2025, 6))
        let row = try XCTUnwrap(card.row(scope: "西城区", indicator: "pm25"))
        XCTAssertEqual(row.resolvedFrom, TargetReference(plan: "p", scope: "北京市", indicator: "pm25", seedFile: "s.txt", seedLine: 7))
        XCTAssertEqual(row.effectiveComparator, .bound(.atMost, 30))
        XCTAssertEqual(row.notes, [.noData])
    }
}
