import TrackerEvaluation
import TrackerModel
@testable import TrackerRendering
import XCTest

/// The English of every fact evaluation returns: the sentences the scorecards printed before the
/// facts were data, word for word (the CLI golden files hold them in context).
final class ScorecardWordingTests: XCTestCase {
    func rest(_ value: Double, _ requirement: RequiredRest.Requirement, _ relation: Relation = .atMost,
              _ unit: TrackerModel.Unit = .microgramPerCubicMetre, precision: Int = 1,
              _ standing: RequiredRest.Standing = .open) -> String {
        ScorecardWording.requiredRest(RequiredRest(value: value, requirement: requirement, relation: relation, unit: unit,
                                                   precision: precision, standing: standing))
    }

    func testTheRequiredRestOfEachKind() {
        XCTAssertEqual(rest(32.02, .average(.days(184))), "the remaining 184 days must average ≤ 32.0 µg/m³")
        XCTAssertEqual(rest((30.0 * 365 - 33.0 * 181) / 184, .average(.days(184))), "the remaining 184 days must average ≤ 27.0 µg/m³")
        XCTAssertEqual(rest(4.8, .average(.months(1)), .atMost, .tonnePerSquareKilometreMonth),
                       "the remaining 1 month must average ≤ 4.8 t/km²·月")
        XCTAssertEqual(rest((78.0 * 365 - 70.0 * 181) / 184, .ratio(days: 184, allowedDays: 26), .atLeast, .percent),
                       "the remaining 184 days must be ≥ 85.9 %: at most 26 non-good days")
        XCTAssertEqual(rest(2, .budget(months: 9), .atMost, .days, precision: 0), "at most 2 more 天 in the remaining 9 months")
        XCTAssertEqual(rest(-1, .budget(months: 9), .atMost, .days, precision: 0), "at most 0 more 天 in the remaining 9 months")
        XCTAssertEqual(rest(100, .pace(total: 900, months: 9), .atLeast, .tonne, precision: 0),
                       "+900 t in the remaining 9 months (100.0 a month)")
        XCTAssertEqual(rest(155.0 / 6, .pace(total: 155, months: 6), .atLeast, .tonne, precision: 0),
                       "+155 t in the remaining 6 months (25.8 a month)")
        XCTAssertEqual(rest(95, .latestValue(by: .by(year: 2025, month: 12, text: "年底前")), .atLeast, .percent),
                       "the latest value must reach ≥ 95 % by 年底前")
    }

    /// The same facts in Chinese (docs/glossary.md).
    func testTheRequiredRestInChinese() {
        func zh(_ value: Double, _ requirement: RequiredRest.Requirement, _ relation: Relation = .atMost,
                _ unit: TrackerModel.Unit = .microgramPerCubicMetre, precision: Int = 1, _ standing: RequiredRest.Standing = .open) -> String {
            ScorecardWording.requiredRest(RequiredRest(value: value, requirement: requirement, relation: relation, unit: unit,
                                                       precision: precision, standing: standing), in: .zh)
        }
        XCTAssertEqual(zh(32.02, .average(.days(184))), "余下 184 天均值须 ≤ 32.0 µg/m³")
        XCTAssertEqual(zh(4.8, .average(.months(1)), .atMost, .tonnePerSquareKilometreMonth), "余下 1 个月均值须 ≤ 4.8 t/km²·月")
        XCTAssertEqual(zh((78.0 * 365 - 70.0 * 181) / 184, .ratio(days: 184, allowedDays: 26), .atLeast, .percent),
                       "余下 184 天须 ≥ 85.9 %：非优良天数至多 26 天")
        XCTAssertEqual(zh(2, .budget(months: 9), .atMost, .days, precision: 0), "余下 9 个月至多再增 2 天")
        XCTAssertEqual(zh(100, .pace(total: 900, months: 9), .atLeast, .tonne, precision: 0), "余下 9 个月 +900 t（每月 100.0）")
        XCTAssertEqual(zh(95, .latestValue(by: .by(year: 2025, month: 12, text: "年底前")), .atLeast, .percent), "最新值须于年底前达到 ≥ 95 %")
        XCTAssertEqual(zh((30.0 * 365 - 60.0 * 334) / 31, .average(.days(31)), .atMost, .microgramPerCubicMetre, precision: 1, .unreachable),
                       "已无法达标（余下 31 天均值须 ≤ -293.3 µg/m³）")
    }

    func testVerdictsInBothLanguages() {
        XCTAssertEqual(Verdict.allCases.map { ScorecardWording.verdict($0, in: .zh) },
                       ["✔ 达标", "≈ 基本达标", "✘ 未达标", "↗ 进度正常", "! 有风险", "✘ 严重滞后", "? 数据不足", "→ 待上级目标", "— 不适用"])
        for verdict in Verdict.allCases {
            XCTAssertEqual(ScorecardWording.verdict(verdict, in: .en), verdict.label)
            XCTAssertEqual(ScorecardWording.symbol(verdict) + " " + ScorecardWording.verdictName(verdict, in: .en), verdict.label)
        }
    }

    func testASettledRestSaysSo() {
        XCTAssertEqual(rest((30.0 * 365 - 60.0 * 334) / 31, .average(.days(31)), .atMost, .microgramPerCubicMetre, precision: 1, .unreachable),
                       "cannot be met any more (the remaining 31 days must average ≤ -293.3 µg/m³)")
        XCTAssertTrue(rest(-80, .ratio(days: 31, allowedDays: 31), .atLeast, .percent, precision: 1, .secured)
            .hasPrefix("secured: met whatever the rest of the period brings (the remaining 31 days must be ≥ "))
    }

    func testEveryNote() {
        func say(_ note: ScorecardNote, _ unit: TrackerModel.Unit = .microgramPerCubicMetre, precision: Int = 1) -> String {
            ScorecardWording.note(note, precision: precision, unit: unit)
        }
        XCTAssertEqual(say(.higherTargetNotLoaded(phrase: "达到市级要求")), "“达到市级要求”: the higher-level target is not loaded")
        XCTAssertEqual(say(.noData), "no data")
        XCTAssertEqual(say(.noDataInPeriod(.year(2025), upTo: YearMonth(2025, 6))), "no data in 2025 up to 2025-06")
        XCTAssertEqual(say(.excludedMonth(YearMonth(2025, 4), flags: ["sand_dust"])), "2025-04 excluded (sand_dust)")
        XCTAssertEqual(say(.excludedDays(.init(YearMonth(2025, 3), days: 1))), "2025-03: 1 day excluded")
        XCTAssertEqual(say(.excludedDays(.init(YearMonth(2025, 3), days: 2))), "2025-03: 2 days excluded")
        XCTAssertEqual(say(.valueWithoutExclusions(5), .days, precision: 0), "without exclusions: 5")
        XCTAssertEqual(say(.validityUnknown), "validity unknown: some months give no valid_days")
        XCTAssertEqual(say(.baseline(year: 2017, .monthsWithoutData([YearMonth(2017, 1), YearMonth(2017, 2)]))),
                       "2017 baseline: months without data: 2017-01, 2017-02")
        XCTAssertEqual(say(.noBaseline(year: 2017)), "no 2017 baseline value in the data")
        XCTAssertEqual(say(.condition("PM2.5浓度不反弹")), "provided that: PM2.5浓度不反弹")
        XCTAssertEqual(say(.shortMonths([.init(YearMonth(2025, 7), days: 26), .init(YearMonth(2025, 2), days: 24)])),
                       "months under the valid-day minimum: 2025-07 (26 days), 2025-02 (24 days)")
        XCTAssertEqual(say(.shortYear(validDays: 300, yearMinimum: 324)), "300 valid days, under the 324 a year needs")
        XCTAssertEqual(say(.pace(4.5), .days, precision: 0), "at this pace: 4 天 for the period")
        XCTAssertEqual(say(.soFar(perMonth: 5.0 / 6, from: .value(900, at: .month(YearMonth(2024, 12)))), .tonne, precision: 0),
                       "so far: 0.8 t a month (from 900 t at 2024-12)")
        XCTAssertEqual(say(.soFar(perMonth: 42.0 / 11, from: .zero(atStartOf: .year(2025))), .tonne, precision: 0),
                       "so far: 3.8 t a month (from 0 at the start of 2025)")
        XCTAssertEqual(say(.seasonalProjection(31.46, period: .year(2025))),
                       "seasonal projection: 31.5 µg/m³ for 2025 (this year to date × last year's whole period ÷ its same months)")
        XCTAssertEqual(say(.onlyBandReachable(RequiredRest(value: 5, requirement: .average(.months(1)), relation: .atMost,
                                                           unit: .tonnePerSquareKilometreMonth, precision: 1))),
                       "only the tolerance band is still reachable: the remaining 1 month must average ≤ 5.0 t/km²·月 to end within it")
    }

    func testAResolvedDeferralAndAChangedDefinition() {
        XCTAssertEqual(ScorecardWording.resolvedFrom(TargetReference(plan: "beijing-2025", scope: "北京市", indicator: "pm25_annual_mean",
                                                                     seedFile: "001.txt", seedLine: 12)),
                       "beijing-2025 北京市 (001.txt:12)")
        XCTAssertEqual(Verdict.atRisk.label, "! at risk")
        XCTAssertEqual(Verdict.atRisk.zh, "有风险")
    }
}
