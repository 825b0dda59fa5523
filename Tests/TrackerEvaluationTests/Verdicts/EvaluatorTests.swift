import XCTest
import TrackerModel

// Foundation declares `Measurement` too.
typealias Measurement = TrackerModel.Measurement
@testable import TrackerEvaluation

/// Aggregation by kind, final and provisional verdicts, locked outcomes, validity boundaries and
/// the required-rest arithmetic, on small hand-made plans.
final class EvaluatorTests: XCTestCase {
    var catalog = IndicatorCatalog()
    var scopes = ScopeDirectory()

    override func setUp() {
        catalog.add(Indicator(id: "pm25", zh: "PM2.5年均浓度", en: "PM2.5", unit: .microgramPerCubicMetre, polarity: .lowerIsBetter, kind: .mean, precision: 1, range: 0...1000))
        catalog.add(Indicator(id: "good", zh: "优良天数比率", en: "good days", unit: .percent, polarity: .higherIsBetter, kind: .dayRatio, precision: 1, range: 0...100))
        catalog.add(Indicator(id: "heavy", zh: "重污染天数", en: "heavy days", unit: .days, polarity: .lowerIsBetter, kind: .count, precision: 0))
        catalog.add(Indicator(id: "nox", zh: "NOx重点工程累计减排量", en: "NOx", unit: .tonne, polarity: .higherIsBetter, kind: .cumulative, precision: 0))
        catalog.add(Indicator(id: "dust", zh: "降尘量", en: "dustfall", unit: .tonnePerSquareKilometreMonth, polarity: .lowerIsBetter, kind: .monthlyMean, precision: 1))
        scopes.add(Scope(name: "西城区", level: .district, parent: nil, en: "Xicheng"))
    }

    func plan(_ targets: [(String, TrackerModel.Comparator)]) -> (Plan, TargetSet) {
        let at = SourceLocation(file: "t.targets", line: 1)
        let ts = targets.enumerated().map { i, t in
            Target(plan: "p", scope: "西城区", scopeLevel: .district, indicator: t.0, comparator: t.1, period: .year(2025),
                   deadline: .by(year: 2025, month: 12, text: "年底前"),
                   provenance: Provenance(document: "d", title: "t", attachment: nil, seedFile: "s.txt", seedLine: i + 1, text: "x", definedAt: at))
        }
        let p = Plan(id: "p", document: "d", title: "t", seedFile: "s.txt", scope: "西城区", period: .year(2025), defersTo: nil, targets: ts, file: "t.targets")
        return (p, TargetSet(plans: [p], indicators: catalog, scopes: scopes))
    }

    func months(_ indicator: String, _ values: [Double], validDays: [Int?]? = nil, flags: [Int: String] = [:]) -> [Measurement] {
        values.enumerated().map { i, v in
            Measurement(period: .month(YearMonth(2025, i + 1)), scope: "西城区", indicator: indicator, value: v,
                        validDays: validDays?[i] ?? YearMonth(2025, i + 1).dayCount, flags: flags[i + 1].map { [$0] } ?? [],
                        source: SourceLocation(file: "d.csv", line: i + 2))
        }
    }

    func evaluate(_ targets: [(String, TrackerModel.Comparator)], _ data: [Measurement], asOf: YearMonth? = nil) -> Scorecard {
        let (p, set) = plan(targets)
        return Evaluator.evaluate(plan: p, in: set, data: MeasurementSet(measurements: data, rowsRead: data.count), asOf: asOf)
    }

    func testAMeanIsWeightedByValidDaysAndJudgedFinallyAtYearEnd() throws {
        let card = evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 30, count: 11) + [31]))
        let row = try XCTUnwrap(card.row(scope: "西城区", indicator: "pm25"))
        XCTAssertTrue(card.isFinal)
        XCTAssertEqual(row.observed!, (30 * 334 + 31 * 31) / 365, accuracy: 1e-12)
        XCTAssertEqual(row.verdict, .missed)
        XCTAssertEqual(row.validDays, 365)
    }

    func testRequiredRestOfAMeanIsTheArithmeticOfTheIssue() throws {
        // ≤ 30 over 2025; January–June at 33 with full valid days (181): the remaining 184 days
        // must average (30·365 − 33·181) / 184.
        let card = evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 33, count: 6)))
        let row = try XCTUnwrap(card.row(scope: "西城区", indicator: "pm25"))
        XCTAssertFalse(card.isFinal)
        XCTAssertEqual(card.asOf, YearMonth(2025, 6))
        let expected = (30.0 * 365 - 33.0 * 181) / 184
        XCTAssertEqual(row.requiredRest!.value, expected, accuracy: 1e-9)
        XCTAssertEqual(row.requiredRest?.requirement, .average(.days(184)))
        XCTAssertEqual(row.requiredRest?.relation, .atMost)
        XCTAssertEqual(row.requiredRest?.unit, .microgramPerCubicMetre)
        XCTAssertEqual(row.requiredRest?.standing, .open)
        // 27.05 is 18 % below 33: within the 20 % band → at risk.
        XCTAssertEqual(row.verdict, .atRisk)
        let far = evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 40, count: 6)))
        XCTAssertEqual(far.rows[0].verdict, .offTrack)
        let good = evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 28, count: 6)))
        XCTAssertEqual(good.rows[0].verdict, .onTrack)
    }

    func testARatioThatNoRemainingDayCanSpoilIsAlreadyMet() throws {
        // ≥ 78 % good days; January–November all good: even a December of only bad days leaves
        // 334 / 365 = 91.5 %.
        let card = evaluate([("good", .bound(.atLeast, 78))], months("good", Array(repeating: 100, count: 11)))
        let row = try XCTUnwrap(card.rows.first)
        XCTAssertEqual(row.verdict, .met)
        XCTAssertEqual(row.requiredRest?.standing, .secured)
    }

    func testAnImpossibleRestIsAlreadyMissed() throws {
        // 11 months at 60 against ≤ 30: December would need a negative mean.
        let card = evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 60, count: 11)))
        XCTAssertEqual(card.rows[0].verdict, .missed)
        let rest = try XCTUnwrap(card.rows[0].requiredRest)
        XCTAssertEqual(rest.standing, .unreachable)
        XCTAssertEqual(rest.requirement, .average(.days(31)))
        XCTAssertEqual(rest.value, (30.0 * 365 - 60 * 334) / 31, accuracy: 1e-9)
    }

    func testValidityBoundaries26And27DaysFebruary24And25() {
        var days: [Int?] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        days[6] = 27
        XCTAssertEqual(evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 20, count: 12), validDays: days)).rows[0].verdict, .met)
        days[6] = 26
        let short = evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 20, count: 12), validDays: days)).rows[0]
        XCTAssertEqual(short.verdict, .insufficientData)
        XCTAssertTrue(short.notes.contains(.shortMonths([.init(YearMonth(2025, 7), days: 26)])), "\(short.notes)")
        XCTAssertEqual(short.shortMonths, [YearMonth(2025, 7)], "what a report marks short")
        XCTAssertTrue(short.periodComplete)
        days[6] = 31; days[1] = 25
        XCTAssertEqual(evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 20, count: 12), validDays: days)).rows[0].verdict, .met)
        days[1] = 24
        XCTAssertEqual(evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 20, count: 12), validDays: days)).rows[0].verdict, .insufficientData)
    }

    func testACountOverItsBudgetIsLockedEvenMidYear() {
        let card = evaluate([("heavy", .bound(.atMost, 3))], months("heavy", [2, 2, 0]), asOf: YearMonth(2025, 3))
        XCTAssertEqual(card.rows[0].verdict, .missed)
        XCTAssertEqual(card.rows[0].observed, 4)
        let within = evaluate([("heavy", .bound(.atMost, 3))], months("heavy", [1, 0, 0]), asOf: YearMonth(2025, 3))
        XCTAssertEqual(within.rows[0].requiredRest, RequiredRest(value: 2, requirement: .budget(months: 9), relation: .atMost,
                                                                 unit: .days, precision: 0))
    }

    func testACumulativeQuantityAlreadyReachedIsLockedMet() {
        let card = evaluate([("nox", .bound(.atLeast, 1060))], months("nox", [300, 700, 1100]))
        XCTAssertEqual(card.rows[0].verdict, .met)
        let behind = evaluate([("nox", .bound(.atLeast, 1200))], months("nox", [100, 200, 300]))
        XCTAssertEqual(behind.rows[0].requiredRest, RequiredRest(value: 100, requirement: .pace(total: 900, months: 9), relation: .atLeast,
                                                                 unit: .tonne, precision: 0))
        XCTAssertEqual(behind.rows[0].verdict, .onTrack)  // 300 t by March is the straight-line 1200 × 3/12
    }

    func testGoodDayRatioSaysHowManyNonGoodDaysRemain() throws {
        // ≥ 78 % over 365 days; January–June at 70 % of 181 days: the rest must be ≥ (78·365 − 70·181)/184 %.
        let card = evaluate([("good", .bound(.atLeast, 78))], months("good", Array(repeating: 70, count: 6)))
        let row = try XCTUnwrap(card.rows.first)
        let required = (78.0 * 365 - 70.0 * 181) / 184
        XCTAssertEqual(row.requiredRest!.value, required, accuracy: 1e-9)
        XCTAssertEqual(row.requiredRest?.requirement, .ratio(days: 184, allowedDays: 26))
        XCTAssertEqual(row.requiredRest?.relation, .atLeast)
    }

    func testSandDustMonthsAreExcludedFromDustfallAndListed() {
        let values = [4.0, 4.2, 4.4, 12.0, 4.1, 4.0, 3.9, 4.0, 4.1, 4.3, 4.4, 4.5]
        let card = evaluate([("dust", .approximately(4.5, tolerance: 0.5))], months("dust", values, flags: [4: "sand_dust"]))
        let row = card.rows[0]
        XCTAssertEqual(row.verdict, .met)
        XCTAssertEqual(row.observed!, (values.reduce(0, +) - 12) / 11, accuracy: 1e-12)
        XCTAssertTrue(row.notes.contains(.excludedMonth(YearMonth(2025, 4), flags: ["sand_dust"])))
    }

    func testSeasonalProjectionUsesLastYearsShapeAndDecidesTheProvisionalVerdict() throws {
        // 2024: winter-heavy PM2.5; 2025 January–June at 90 % of 2024's. The year to date (about
        // 37) is far above ≤ 33, but last year's second half was much cleaner: the projection is
        // 0.9 × 2024's annual mean, which meets the target.
        let shape = [60.0, 50, 40, 32, 26, 22, 20, 21, 25, 32, 45, 55]
        let lastYear = shape.enumerated().map { i, v in
            Measurement(period: .month(YearMonth(2024, i + 1)), scope: "西城区", indicator: "pm25", value: v,
                        validDays: YearMonth(2024, i + 1).dayCount, source: SourceLocation(file: "d.csv", line: i + 2))
        }
        let thisYear = months("pm25", shape.prefix(6).map { $0 * 0.9 })
        let card = evaluate([("pm25", .bound(.atMost, 33))], lastYear + thisYear)
        let row = try XCTUnwrap(card.rows.first)
        func mean(_ values: [Double], _ year: Int) -> Double {
            let days = (1...values.count).map { Double(YearMonth(year, $0).dayCount) }
            return zip(values, days).map { $0 * $1 }.reduce(0, +) / days.reduce(0, +)
        }
        // This year to date × (last year's full year ÷ last year's same months); 2024 is a leap year.
        let full = mean(shape, 2024)
        let expected = mean(shape.prefix(6).map { $0 * 0.9 }, 2025) * full / mean(Array(shape.prefix(6)), 2024)
        XCTAssertEqual(try XCTUnwrap(row.seasonalProjection), expected, accuracy: 1e-9)
        XCTAssertGreaterThan(row.observed!, 33)
        XCTAssertEqual(row.verdict, .atRisk, "the projection meets the target, the year to date does not")
        XCTAssertEqual(row.notes.last, .seasonalProjection(row.seasonalProjection!, period: .year(2025)))
        let worse = evaluate([("pm25", .bound(.atMost, 25))], lastYear + thisYear)
        XCTAssertEqual(worse.rows[0].verdict, .offTrack, "projection \(0.9 * full) is > 20 % above 25")
    }

    func testNotApplicableAndUnresolvedDeferralsAreNotJudged() {
        let card = evaluate([("pm25", .notApplicable), ("good", .deferred("达到市级要求"))], months("pm25", [20]))
        XCTAssertEqual(card.rows.map(\.verdict), [.notApplicable, .deferred])
        XCTAssertEqual(card.rows[1].notes, [.higherTargetNotLoaded(phrase: "达到市级要求")])
    }

    // MARK: validity, exclusions, baselines and tolerance (a numerical review's findings)

    func testAYearlyRowOutsideThePeriodDoesNotHideAMissingMonth() {
        // Last year's annual value is accepted input (seasonal projection); it must not stand for
        // this year's missing June.
        var data = months("pm25", Array(repeating: 30, count: 12))
        data.remove(at: 5)
        let without = evaluate([("pm25", .bound(.atMost, 32))], data).rows[0]
        XCTAssertEqual(without.verdict, .insufficientData)
        XCTAssertTrue(without.notes.contains(.monthsWithoutData([YearMonth(2025, 6)])), "\(without.notes)")
        let lastYear = Measurement(period: .year(2024), scope: "西城区", indicator: "pm25", value: 35, validDays: nil,
                                   source: SourceLocation(file: "d.csv", line: 20))
        let with = evaluate([("pm25", .bound(.atMost, 32))], data + [lastYear], asOf: YearMonth(2025, 12)).rows[0]
        XCTAssertEqual(with.verdict, .insufficientData)
        XCTAssertTrue(with.notes.contains(.monthsWithoutData([YearMonth(2025, 6)])), "\(with.notes)")
        // A yearly row of the period itself stands for the year.
        let thisYear = Measurement(period: .year(2025), scope: "西城区", indicator: "pm25", value: 31, validDays: 360,
                                   source: SourceLocation(file: "d.csv", line: 21))
        XCTAssertEqual(evaluate([("pm25", .bound(.atMost, 32))], [thisYear], asOf: YearMonth(2025, 12)).rows[0].verdict, .met)
    }

    func testADayRatioNeedsOneValidDayNotTheConcentrationMinimums() {
        // air-quality.md §7: the good-day ratio is valid with one valid day; 26 days in July and
        // 300 in the year do not make it short (they would for PM2.5).
        var days: [Int?] = (1...12).map { YearMonth(2025, $0).dayCount }
        days[6] = 26
        days[0] = 10
        let good = evaluate([("good", .bound(.atLeast, 78))], months("good", Array(repeating: 85, count: 12), validDays: days)).rows[0]
        XCTAssertEqual(good.verdict, .met, "\(good.notes)")
        let pm25 = evaluate([("pm25", .bound(.atMost, 32))], months("pm25", Array(repeating: 30, count: 12), validDays: days)).rows[0]
        XCTAssertEqual(pm25.verdict, .insufficientData)
    }

    func testExcludedMonthsStillCountTowardsThe324Days() {
        // Two sand-dust months of a complete year: 304 days kept, 365 measured. Exclusions never
        // make a period short (§9).
        let card = evaluate([("pm25", .bound(.atMost, 32))],
                            months("pm25", [30, 30, 150, 200, 30, 30, 30, 30, 30, 30, 30, 30], flags: [3: "sand_dust", 4: "sand_dust"]))
        XCTAssertEqual(card.rows[0].verdict, .met, "\(card.rows[0].notes)")
        XCTAssertEqual(card.rows[0].observed, 30)
        XCTAssertEqual(card.rows[0].validDays, 304)
        // Without exclusions, a year of 300 measured days is short, and the note says so.
        var days: [Int?] = (1...12).map { YearMonth(2025, $0).dayCount }
        for m in 0..<12 { days[m] = 25 }
        let short = evaluate([("pm25", .bound(.atMost, 32))], months("pm25", Array(repeating: 30, count: 12), validDays: days)).rows[0]
        XCTAssertEqual(short.verdict, .insufficientData)
        XCTAssertTrue(short.notes.contains(.shortYear(validDays: 300, yearMinimum: 324)), "\(short.notes)")
    }

    func testAReductionMarginIsInTheIndicatorsUnitAndItsBaselineMustBeComplete() throws {
        // 较2017年下降30% on dustfall: baseline 10.0, now 7.5 → allowed 7.0, margin −0.5 t/km²·月.
        let base = (1...12).map { m in
            Measurement(period: .month(YearMonth(2017, m)), scope: "西城区", indicator: "dust", value: 10,
                        source: SourceLocation(file: "d.csv", line: 30 + m))
        }
        let card = evaluate([("dust", .reduction(baselineYear: 2017, amount: 30, relative: true))],
                            base + months("dust", Array(repeating: 7.5, count: 12)))
        let row = try XCTUnwrap(card.rows.first)
        XCTAssertEqual(row.verdict, .missed)
        XCTAssertEqual(try XCTUnwrap(row.margin), -0.5, accuracy: 1e-12)
        // A baseline of two dusty months is no annual figure: insufficient data, and why.
        let partial = evaluate([("dust", .reduction(baselineYear: 2017, amount: 30, relative: true))],
                               [base[2], base[3]] + months("dust", Array(repeating: 6.5, count: 12))).rows[0]
        XCTAssertEqual(partial.verdict, .insufficientData)
        let missing = [1, 2, 5, 6, 7, 8, 9, 10, 11, 12].map { YearMonth(2017, $0) }
        XCTAssertTrue(partial.notes.contains(.baseline(year: 2017, .monthsWithoutData(missing))), "\(partial.notes)")
    }

    func testAnApproximateTargetIsNotMissedWhileItsToleranceBandIsReachable() throws {
        // 4.5左右 (±0.5); January–November at 5.0: December cannot bring the mean to 4.5
        // (it would need −1.0), but 4.8 ends the year at 4.98, within tolerance.
        let card = evaluate([("dust", .approximately(4.5, tolerance: 0.5))], months("dust", Array(repeating: 5.0, count: 11)))
        let row = try XCTUnwrap(card.rows.first)
        XCTAssertEqual(row.verdict, .atRisk)
        // 4.5 + 0.5 over 12 months, 11 at 5.0: December may average 5.0.
        XCTAssertTrue(row.notes.contains(.onlyBandReachable(RequiredRest(value: 5.0 * 12 - 5.0 * 11, requirement: .average(.months(1)),
                                                                         relation: .atMost, unit: .tonnePerSquareKilometreMonth, precision: 1))),
                      "\(row.notes)")
        // Beyond the band as well: missed.
        let far = evaluate([("dust", .approximately(4.5, tolerance: 0.5))], months("dust", Array(repeating: 6.0, count: 11)))
        XCTAssertEqual(far.rows[0].verdict, .missed)
        // The same for a concentration mean: 29左右 (±1), January–November at 31.8.
        catalog.add(Indicator(id: "pm25b", zh: "PM2.5浓度", en: "PM2.5 (b)", unit: .microgramPerCubicMetre, polarity: .lowerIsBetter, kind: .mean, precision: 1, range: 0...1000))
        let pm = evaluate([("pm25b", .approximately(29, tolerance: 1))], months("pm25b", Array(repeating: 31.8, count: 11)))
        XCTAssertEqual(pm.rows[0].verdict, .atRisk, "\(pm.rows[0].notes)")
    }

    func testACumulativeQuantityIsPacedFromTheLastValueBeforeThePeriod() throws {
        // NOx 累计减排量 since 2021, ≥ 1060 t: 900 t at 2024-12 and 905 t at 2025-06. The year has
        // added 5 t (0.8 a month); the rest must add 155 t (25.8 a month): off track, not "on
        // track because 905 is above a line from 0".
        let december = Measurement(period: .month(YearMonth(2024, 12)), scope: "西城区", indicator: "nox", value: 900,
                                   source: SourceLocation(file: "d.csv", line: 40))
        var data = [december]
        data.append(Measurement(period: .month(YearMonth(2025, 6)), scope: "西城区", indicator: "nox", value: 905,
                                source: SourceLocation(file: "d.csv", line: 41)))
        let row = try XCTUnwrap(evaluate([("nox", .bound(.atLeast, 1060))], data, asOf: YearMonth(2025, 6)).rows.first)
        XCTAssertEqual(row.verdict, .offTrack)
        XCTAssertEqual(row.requiredRest?.requirement, .pace(total: 155, months: 6))
        XCTAssertEqual(try XCTUnwrap(row.requiredRest?.value), 155.0 / 6, accuracy: 1e-9)
        XCTAssertTrue(row.notes.contains(.soFar(perMonth: 5.0 / 6, from: .value(900, at: .month(YearMonth(2024, 12))))), "\(row.notes)")
        // Counted within the year (no earlier value): 42 of 50 by November is 3.8 a month; December
        // needs 8, more than twice that pace.
        let year = evaluate([("nox", .bound(.atLeast, 50))], months("nox", [4, 8, 12, 15, 19, 23, 27, 31, 35, 38, 42])).rows[0]
        XCTAssertEqual(year.verdict, .offTrack)
        XCTAssertTrue(year.notes.contains(.soFar(perMonth: 42.0 / 11, from: .zero(atStartOf: .year(2025)))), "\(year.notes)")
    }

    func testAYearlyValueDoesNotMoveTheDefaultAsOfToDecember() {
        // An annual figure published mid-year beside January–June monthly rows: still as of June.
        let annual = Measurement(period: .year(2025), scope: "西城区", indicator: "nox", value: 500,
                                 source: SourceLocation(file: "d.csv", line: 30))
        let card = evaluate([("pm25", .bound(.atMost, 30))], months("pm25", Array(repeating: 28, count: 6)) + [annual])
        XCTAssertEqual(card.asOf, YearMonth(2025, 6))
        XCTAssertFalse(card.isFinal)
        // Only yearly values: their year's end.
        XCTAssertEqual(evaluate([("nox", .bound(.atLeast, 400))], [annual]).asOf, YearMonth(2025, 12))
    }

    func testExcludedDaysLeaveTheirMonthsNotTheWholeMonth() throws {
        // A year at 30 µg/m³ every day, with sand-dust days on 03-15 (150) and 04-10 (200): the
        // months keep their other days (§9), the year has 363 valid days and meets ≤ 32; the
        // figure without exclusions uses every day.
        var data = months("pm25", Array(repeating: 30, count: 12))
        data[2].validDays = 30
        data[2].excludedDays = ExcludedDays(count: 1, valueWithThem: (30 * 30 + 150) / 31, validDaysWithThem: 31)
        data[3].validDays = 29
        data[3].excludedDays = ExcludedDays(count: 1, valueWithThem: (30 * 29 + 200) / 30, validDaysWithThem: 30)
        let row = try XCTUnwrap(evaluate([("pm25", .bound(.atMost, 32))], data).rows.first)
        XCTAssertEqual(row.verdict, .met, "\(row.notes)")
        XCTAssertEqual(row.observed, 30)
        XCTAssertEqual(row.validDays, 363)
        XCTAssertEqual(row.shortMonths, [])
        XCTAssertEqual(Array(row.notes.prefix(2)), [.excludedDays(.init(YearMonth(2025, 3), days: 1)),
                                                     .excludedDays(.init(YearMonth(2025, 4), days: 1))])
        guard case .valueWithoutExclusions(let without) = row.notes[2] else { return XCTFail("\(row.notes)") }
        XCTAssertEqual(without, (30.0 * 363 + 350) / 365, accuracy: 1e-9)
        // Heavy-pollution days: 2 in January, 3 in March of which 1 is the dust day → 4 > 3.
        var heavy = months("heavy", [2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        heavy[2].excludedDays = ExcludedDays(count: 1, valueWithThem: 3, validDaysWithThem: 31)
        let counted = evaluate([("heavy", .bound(.atMost, 3))], heavy).rows[0]
        XCTAssertEqual(counted.verdict, .missed)
        XCTAssertEqual(counted.observed, 4)
        XCTAssertTrue(counted.notes.contains(.valueWithoutExclusions(5)), "\(counted.notes)")
    }
}
