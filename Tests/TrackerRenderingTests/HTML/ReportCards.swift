import Foundation
import TrackerModel
@testable import TrackerEvaluation

/// Hand-made scorecards for the HTML report tests: a small, tidy one (the golden file) and a
/// hostile one whose names, notes and clause carry `<script>`, quotes and ampersands.
///
/// ```swift
/// let html = HTMLReport.render(ReportCards.small())
/// ```
enum ReportCards {
    static let at = SourceLocation(file: "t.targets", line: 1)

    static func target(_ scope: String, _ level: ScopeLevel, _ indicator: String, _ comparator: TrackerModel.Comparator,
                       line: Int, text: String = "西城区 · PM2.5年均浓度（微克/立方米） · 32") -> Target {
        Target(plan: "small-2025", scope: scope, scopeLevel: level, indicator: indicator, comparator: comparator,
               period: .year(2025), deadline: .by(year: 2025, month: 12, text: "年底前"),
               provenance: Provenance(document: "西政办发〔2025〕4号", title: "小计划", attachment: "附件1", seedFile: "seed.txt",
                                      seedLine: line, text: text, definedAt: at))
    }

    static func months(_ scope: String, _ indicator: String, _ values: [Double], validDays: [Int]? = nil,
                       flags: [Int: String] = [:], note: [Int: String] = [:]) -> [TrackerModel.Measurement] {
        values.enumerated().map { i, v in
            let month = YearMonth(2025, i + 1)
            return TrackerModel.Measurement(period: .month(month), scope: scope, indicator: indicator, value: v,
                                            validDays: validDays?[i], flags: flags[i + 1].map { [$0] } ?? [], note: note[i + 1],
                                            source: SourceLocation(file: "d.csv", line: i + 2))
        }
    }

    static func row(_ target: Target, zh: String, unit: TrackerModel.Unit, precision: Int = 1, polarity: Polarity,
                    observed: Double?, verdict: Verdict, margin: Double?, rest: RequiredRest? = nil, validDays: Int? = nil,
                    notes: [ScorecardNote] = [], seasonal: Double? = nil, kind: IndicatorKind, monthly: [TrackerModel.Measurement],
                    asOf: YearMonth = YearMonth(2025, 6)) -> ScorecardRow {
        var row = ScorecardRow(target: target, effectiveComparator: target.comparator, resolvedFrom: nil, indicatorZh: zh, unit: unit,
                     precision: precision, polarity: polarity, observed: observed, comparedValue: observed, verdict: verdict,
                     margin: margin, requiredRest: rest, validDays: validDays, expectedDays: validDays == nil ? nil : 365,
                     notes: notes, seasonalProjection: seasonal, alsoStatedAt: [], kind: kind, monthly: monthly)
        // What evaluation sets beside valid days: the days of the period up to the as-of month.
        if validDays != nil { row.elapsedDays = target.period.months.filter { $0 <= asOf }.reduce(0) { $0 + $1.dayCount } }
        row.periodComplete = asOf >= target.period.last
        row.shortMonths = notes.flatMap { note -> [YearMonth] in
            if case .shortMonths(let months) = note { months.map(\.month) } else { [] }
        }
        return row
    }

    /// What the rest must average, as evaluation states it.
    static func average(_ value: Double, _ remaining: RequiredRest.Remaining, _ unit: TrackerModel.Unit) -> RequiredRest {
        RequiredRest(value: value, requirement: .average(remaining), relation: .atMost, unit: unit, precision: 1)
    }

    /// 西城区 as of June with PM2.5 (a seasonal projection, a short February), dustfall (an
    /// excluded April) and two streets' PM2.5 against different targets.
    static func small() -> Scorecard {
        let pm = months("西城区", "pm25", [48, 41, 35, 28, 24, 23], validDays: [31, 24, 31, 30, 31, 30])
        let dust = months("西城区", "dust", [4.4, 4.1, 4.3, 7.9, 4.0, 4.2], flags: [4: "sand_dust"])
        let rows = [
            row(target("西城区", .district, "pm25", .bound(.atMost, 32), line: 10), zh: "PM2.5年均浓度", unit: .microgramPerCubicMetre,
                polarity: .lowerIsBetter, observed: 33.2, verdict: .insufficientData, margin: -1.2,
                rest: average(30.8, .days(184), .microgramPerCubicMetre), validDays: 177,
                notes: [.shortMonths([.init(YearMonth(2025, 2), days: 24)])], seasonal: 31.5, kind: .mean, monthly: pm),
            row(target("西城区", .district, "dust", .approximately(4.5, tolerance: 0.5), line: 11), zh: "降尘量",
                unit: .tonnePerSquareKilometreMonth, polarity: .lowerIsBetter, observed: 4.2, verdict: .onTrack, margin: 0.3,
                rest: average(4.8, .months(6), .tonnePerSquareKilometreMonth),
                notes: [.excludedMonth(YearMonth(2025, 4), flags: ["sand_dust"]), .valueWithoutExclusions(4.8)], kind: .monthlyMean, monthly: dust),
            row(target("德胜街道", .street, "pm25", .bound(.atMost, 31), line: 20), zh: "PM2.5年均浓度", unit: .microgramPerCubicMetre,
                polarity: .lowerIsBetter, observed: 30.1, verdict: .onTrack, margin: 0.9, validDays: 181, kind: .mean,
                monthly: months("德胜街道", "pm25", [45, 38, 31, 25, 22, 20], validDays: [31, 28, 31, 30, 31, 30])),
            row(target("月坛街道", .street, "pm25", .bound(.atMost, 32), line: 21), zh: "PM2.5年均浓度", unit: .microgramPerCubicMetre,
                polarity: .lowerIsBetter, observed: 36.1, verdict: .offTrack, margin: -4.1, validDays: 181, kind: .mean,
                monthly: months("月坛街道", "pm25", [50, 44, 38, 31, 28, 25], validDays: [31, 28, 31, 30, 31, 30])),
        ]
        return Scorecard(plan: "small-2025", document: "西政办发〔2025〕4号", title: "小计划 2025", asOf: YearMonth(2025, 6),
                         isFinal: false, rows: rows, rowsRead: 24, rowsUsed: 24, skipped: [],
                         sources: [MeasurementSet.Source(file: "small.csv", encoding: "utf-8", layout: "long")])
    }

    static let hostile = "<script>alert(\"x\")</script> & \"q\" 'a'"

    /// Every string the data can set carries markup.
    static func hostileCard() -> Scorecard {
        let scope = "西城区" + hostile
        let street = "街道<img src=x onerror=alert(1)>"
        var t = target(scope, .district, "pm25\"><script>", .bound(.atMost, 32), line: 1, text: "clause " + hostile)
        t.provenance.document = "doc " + hostile
        t.provenance.attachment = "附件<b>1</b>"
        t.provenance.task = "task " + hostile
        var r = row(t, zh: "PM2.5 " + hostile, unit: .microgramPerCubicMetre, polarity: .lowerIsBetter, observed: 33,
                    verdict: .atRisk, margin: -1,
                    rest: RequiredRest(value: 30, requirement: .latestValue(by: .ongoing(text: "rest " + hostile)), relation: .atMost,
                                       unit: .microgramPerCubicMetre, precision: 1),
                    validDays: 181, notes: [.condition("note " + hostile)], kind: .mean,
                    monthly: months(scope, "pm25", [40, 30], validDays: [31, 28], flags: [2: "flag" + hostile], note: [1: "note" + hostile]),
                    asOf: YearMonth(2025, 2))
        r.resolvedFrom = TargetReference(plan: "from " + hostile, scope: scope, indicator: "pm25", seedFile: "seed.txt", seedLine: 1)
        let s1 = row(target(street, .street, "pm25", .bound(.atMost, 31), line: 2), zh: "PM2.5 " + hostile, unit: .microgramPerCubicMetre,
                     polarity: .lowerIsBetter, observed: 30, verdict: .onTrack, margin: 1, kind: .mean, monthly: [])
        let s2 = row(target(street + "2", .street, "pm25", .bound(.atMost, 32), line: 3), zh: "PM2.5 " + hostile, unit: .microgramPerCubicMetre,
                     polarity: .lowerIsBetter, observed: 34, verdict: .missed, margin: -2, kind: .mean, monthly: [])
        return Scorecard(plan: "plan" + hostile, document: "doc" + hostile, title: "title " + hostile, asOf: YearMonth(2025, 2),
                         isFinal: false, rows: [r, s1, s2], rowsRead: 2, rowsUsed: 2,
                         skipped: [Diagnostic(.warning, .notANumber, at: SourceLocation(file: "d<x>.csv", line: 3), "skipped " + hostile)],
                         sources: [MeasurementSet.Source(file: "data" + hostile + ".csv", encoding: "utf-8", layout: "long")])
    }
}
