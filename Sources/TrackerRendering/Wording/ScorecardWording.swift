import TrackerEvaluation
import TrackerModel

/// Every sentence a scorecard or a plan diff prints about its results, made from the facts that
/// evaluation returns (`ScorecardNote`, `RequiredRest`, `TargetReference`, `TargetChange.Note`,
/// `Verdict`). One function per fact, used by every format (table, CSV, JSON, Markdown, HTML,
/// XLSX), so they never word one fact two ways. Numbers are printed here, at the row's precision.
///
/// ```swift
/// let rest = RequiredRest(value: 32.02, requirement: .average(.days(184)), relation: .atMost,
///                         unit: .microgramPerCubicMetre, precision: 1)
/// ScorecardWording.requiredRest(rest)   // "the remaining 184 days must average ≤ 32.0 µg/m³"
/// ScorecardWording.note(.monthsWithoutData([YearMonth(2025, 6)]), precision: 1, unit: .days)
///                                       // "months without data: 2025-06"
/// ```
public enum ScorecardWording {
    /// A row's notes, in order.
    public static func notes(_ row: ScorecardRow, in language: Language = .en) -> [String] {
        row.notes.map { note($0, precision: row.precision, unit: row.unit, in: language) }
    }

    /// One note; values are printed at `precision` decimals (a monthly pace one more) in `unit`.
    public static func note(_ note: ScorecardNote, precision d: Int, unit: TrackerModel.Unit, in language: Language = .en) -> String {
        let u = unit.symbol
        switch language {
        case .en:
            switch note {
            case .higherTargetNotLoaded(let phrase): return "“\(phrase)”: the higher-level target is not loaded"
            case .noData: return "no data"
            case .noDataInPeriod(let period, let upTo): return "no data in \(period) up to \(upTo)"
            case .excludedMonth(let month, let flags): return "\(month) excluded (\(flags.joined(separator: ", ")))"
            case .excludedDays(let m): return "\(m.month): \(count(m.days, "day")) excluded"
            case .valueWithoutExclusions(let v): return "without exclusions: \(NumberFormat.fixed(v, d))"
            case .validityUnknown: return "validity unknown: some months give no valid_days"
            case .baseline(let year, let inner): return "\(year) baseline: " + self.note(inner, precision: d, unit: unit, in: language)
            case .noBaseline(let year): return "no \(year) baseline value in the data"
            case .condition(let condition): return "provided that: \(condition)"
            case .shortMonths(let months):
                return "months under the valid-day minimum: " + months.map { "\($0.month) (\($0.days) days)" }.joined(separator: ", ")
            case .monthsWithoutData(let months):
                return "months without data: " + months.map(\.description).joined(separator: ", ")
            case .shortYear(let days, let minimum): return "\(days) valid days, under the \(minimum) a year needs"
            case .pace(let pace): return "at this pace: \(NumberFormat.fixed(pace, d)) \(u) for the period"
            case .soFar(let perMonth, let start):
                let from: String
                switch start {
                case .value(let v, let at): from = "\(NumberFormat.fixed(v, d)) \(u) at \(at)"
                case .zero(let period): from = "0 at the start of \(period)"
                }
                return "so far: \(NumberFormat.fixed(perMonth, d + 1)) \(u) a month (from \(from))"
            case .seasonalProjection(let v, let period):
                return "seasonal projection: \(NumberFormat.fixed(v, d)) \(u) for \(period) (this year to date × last year's whole period ÷ its same months)"
            case .onlyBandReachable(let rest):
                return "only the tolerance band is still reachable: \(requiredRest(rest, in: language)) to end within it"
            }
        }
    }

    /// What the rest of the period must achieve, with whether that is settled already. The number
    /// is printed on the safe side: meeting the printed number meets the target.
    public static func requiredRest(_ rest: RequiredRest, in language: Language = .en) -> String {
        switch language {
        case .en:
            let requirement = requirement(rest, in: language)
            switch rest.standing {
            case .open: return requirement
            case .secured: return "secured: met whatever the rest of the period brings (\(requirement))"
            case .unreachable: return "cannot be met any more (\(requirement))"
            }
        }
    }

    static func requirement(_ rest: RequiredRest, in language: Language) -> String {
        let word = rest.relation.symbol
        let u = rest.unit.symbol
        let safe = NumberFormat.fixed(rest.safeValue, rest.precision)
        switch language {
        case .en:
            switch rest.requirement {
            case .average(let remaining): return "the remaining \(self.remaining(remaining)) must average \(word) \(safe) \(u)"
            case .ratio(let days, let allowed):
                let kind = rest.relation.direction > 0 ? "non-good" : "such"
                return "the remaining \(count(days, "day")) must be \(word) \(safe) %: at most \(NumberFormat.plain(max(0, allowed))) \(kind) days"
            case .budget(let months):
                return rest.relation.direction < 0
                    ? "at most \(NumberFormat.plain(max(0, rest.value))) more \(u) in the remaining \(count(months, "month"))"
                    : "\(NumberFormat.plain(rest.value)) more \(u) in the remaining \(count(months, "month"))"
            case .pace(let total, let months):
                return "+\(NumberFormat.fixed(total, rest.precision)) \(u) in the remaining \(count(months, "month")) (\(NumberFormat.fixed(rest.value, rest.precision + 1)) a month)"
            case .latestValue(let deadline):
                return "the latest value must reach \(word) \(NumberFormat.plain(rest.value)) \(u) by \(deadline.text)"
            }
        }
    }

    /// The target a deferred one was judged against: `beijing-2025 北京市 (beijing-2025.md:12)`.
    public static func resolvedFrom(_ ref: TargetReference, in language: Language = .en) -> String {
        "\(ref.plan) \(ref.scope) (\(ref.seedFile):\(ref.seedLine))"
    }

    /// Why a target's definition changed between two plans.
    public static func change(_ note: TargetChange.Note, of change: TargetChange, in language: Language = .en) -> String {
        switch language {
        case .en:
            switch note {
            case .indicatorChanged(let from, let concept): return "\(from) → \(change.indicator) (\(concept))"
            case .requirementKindChanged:
                return "the kind of requirement changed (\(change.old?.comparator.code ?? "") → \(change.new?.comparator.code ?? ""))"
            }
        }
    }

    /// A verdict as reports print it: a symbol and words, so that colour is never the only signal.
    public static func verdict(_ verdict: Verdict, in language: Language = .en) -> String {
        switch language {
        case .en:
            switch verdict {
            case .met: "✔ met"
            case .withinTolerance: "≈ within tolerance"
            case .missed: "✘ missed"
            case .onTrack: "↗ on track"
            case .atRisk: "! at risk"
            case .offTrack: "✘ off track"
            case .insufficientData: "? insufficient data"
            case .deferred: "→ deferred"
            case .notApplicable: "— n/a"
            }
        }
    }

    /// A verdict's Chinese name, which bilingual reports print beside the English one.
    public static func verdictZh(_ verdict: Verdict) -> String {
        switch verdict {
        case .met: "达标"
        case .withinTolerance: "基本达标"
        case .missed: "未达标"
        case .onTrack: "进度正常"
        case .atRisk: "有风险"
        case .offTrack: "严重滞后"
        case .insufficientData: "数据不足"
        case .deferred: "待上级目标"
        case .notApplicable: "不适用"
        }
    }

    static func remaining(_ r: RequiredRest.Remaining) -> String {
        switch r {
        case .days(let n): count(n, "day")
        case .months(let n): count(n, "month")
        }
    }

    /// "1 month", "6 months".
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

extension Verdict {
    /// How a report prints it in English: `✔ met`, `! at risk`.
    public var label: String { ScorecardWording.verdict(self) }
    /// Its Chinese name: `达标`, `有风险`.
    public var zh: String { ScorecardWording.verdictZh(self) }
}

extension RequiredRest {
    /// The requirement in English words (`ScorecardWording.requiredRest`).
    public var text: String { ScorecardWording.requiredRest(self) }
}
