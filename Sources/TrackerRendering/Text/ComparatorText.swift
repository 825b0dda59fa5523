import TrackerModel

/// How a comparator reads in a report: `≤ 31`, `≈ 4.5 ±0.5`, `29–31`, `达到市级要求`, `—`.
///
/// ```swift
/// ComparatorText.describe(.bound(.atLeast, 78))                    // "≥ 78"
/// ComparatorText.describe(.approximately(4.5, tolerance: 0.5))     // "≈ 4.5 ±0.5"
/// ```
public enum ComparatorText {
    public static func describe(_ comparator: TrackerModel.Comparator) -> String {
        switch comparator {
        case .bound(let r, let v): return "\(r.symbol) \(NumberFormat.plain(v))"
        case .fraction(let r, let f): return "\(r.symbol) \(f.text)"
        case .approximately(let v, let t): return "≈ \(NumberFormat.plain(v)) ±\(NumberFormat.plain(t))"
        case .between(let lo, let hi): return "\(NumberFormat.plain(lo))–\(NumberFormat.plain(hi))"
        case .reduction(let year, let amount, let relative):
            return "较\(year)年下降 \(NumberFormat.plain(amount))\(relative ? "%" : "")"
        case .yearOnYear(let r, let change): return yearOnYear(r, change)
        case .rank(let n, let m): return "不在后 \(n) 名" + (m.map { "（共 \($0)）" } ?? "")
        case .anyOf(let alternatives):
            return alternatives.map { a in
                describe(a.comparator) + (a.condition.map { "（且\($0)）" } ?? "")
            }.joined(separator: " 或 ")
        case .deferred(let phrase): return phrase.replacingOccurrences(of: " ", with: "")
        case .notApplicable: return "—"
        }
    }

    /// A year-on-year target as plans phrase it: `同比下降 ≥ 10%` (the change ≤ −10 %), `同比下降`
    /// (< 0), `同比不增长` (≤ 0), `同比增长 ≥ 5%`. The same text in both languages, like the other
    /// targets (the plan's words); `YearOnYearWording` says it in English.
    static func yearOnYear(_ relation: Relation, _ change: Double) -> String {
        if change == 0 {
            switch relation {
            case .below: return "同比下降"
            case .above: return "同比增长"
            case .atMost: return "同比不增长"
            case .atLeast: return "同比不下降"
            case .equal: return "同比持平"
            }
        }
        if relation == .equal { return "同比 = \(NumberFormat.plain(change))%" }
        // A fall of N %: the relation on the fall is the mirror of the one on the change.
        let mirrored: [Relation: Relation] = [.atMost: .atLeast, .below: .above, .atLeast: .atMost, .above: .below]
        return change < 0 ? "同比下降 \(mirrored[relation]!.symbol) \(NumberFormat.plain(-change))%"
                          : "同比增长 \(relation.symbol) \(NumberFormat.plain(change))%"
    }

    /// The kind of comparison, as CSV's `comparator` column gives it: the code (`>=`, `approx`)
    /// in English; in Chinese the symbol or the word (`≥`, `≈`, `区间`, `待上级目标`).
    public static func kind(_ comparator: TrackerModel.Comparator, in language: Language) -> String {
        guard language == .zh else { return comparator.code }
        switch comparator {
        case .bound(let r, _), .fraction(let r, _): return r.symbol
        case .approximately: return "≈"
        case .between: return "区间"
        case .reduction: return "下降"
        case .yearOnYear: return "同比"
        case .rank: return "排名"
        case .anyOf: return "多选一"
        case .deferred: return "待上级目标"
        case .notApplicable: return "不适用"
        }
    }
}

import Foundation
