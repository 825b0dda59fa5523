import TrackerEvaluation
import TrackerModel

/// Every sentence a scorecard or a plan diff prints about its results, made from the facts that
/// evaluation returns (`ScorecardNote`, `RequiredRest`, `TargetReference`, `TargetChange.Note`,
/// `Verdict`). One function per fact, used by every format (table, CSV, JSON, Markdown, HTML,
/// XLSX), so they never word one fact two ways, in Chinese and in English (docs/glossary.md).
/// Numbers are printed here, at the row's precision, the same in both languages.
///
/// ```swift
/// let rest = RequiredRest(value: 32.02, requirement: .average(.days(184)), relation: .atMost,
///                         unit: .microgramPerCubicMetre, precision: 1)
/// ScorecardWording.requiredRest(rest, in: .zh)   // "余下 184 天均值须 ≤ 32.0 µg/m³"
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
            case .boundarySensitive(let b):
                return "boundary-sensitive: full value \(full(b.fullValue)) \(outcomeName(b.full, in: .en)), published \(NumberFormat.fixed(b.publishedValue, b.publishedDecimals)) \(outcomeName(b.published, in: .en))"
            case .higherTargetNotLoaded(let phrase): return "“\(phrase)”: the higher-level target is not loaded"
            case .noData: return "no data"
            case .noDataInPeriod(let period, let upTo): return "no data in \(period) up to \(upTo)"
            case .excludedMonth(let month, let flags): return "\(month) excluded (\(flags.joined(separator: ", ")))"
            case .excludedDays(let m): return "\(m.month): \(count(m.days, "day")) excluded"
            case .valueWithoutExclusions(let v): return "without exclusions: \(NumberFormat.fixed(v, d))"
            case .validityUnknown: return "validity unknown: some months give no valid_days"
            case .baseline(let year, let inner): return "\(year) baseline: " + self.note(inner, precision: d, unit: unit, in: language)
            case .noBaseline(let year): return "no \(year) baseline value in the data"
            case .yearOnYear(let fact): return YearOnYearWording.note(fact, in: language)
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
        case .zh:
            switch note {
            case .boundarySensitive(let b):
                return "口径敏感：全数值 \(full(b.fullValue)) \(outcomeName(b.full, in: .zh))，发布值 \(NumberFormat.fixed(b.publishedValue, b.publishedDecimals)) \(outcomeName(b.published, in: .zh))"
            case .higherTargetNotLoaded(let phrase): return "“\(phrase)”：未载入上级目标"
            case .noData: return "无数据"
            case .noDataInPeriod(let period, let upTo): return "\(period) 截至 \(upTo) 无数据"
            case .excludedMonth(let month, let flags): return "\(month) 已剔除（\(flags.map(flagName).joined(separator: "、"))）"
            case .excludedDays(let m): return "\(m.month)：剔除 \(m.days) 天"
            case .valueWithoutExclusions(let v): return "不剔除时：\(NumberFormat.fixed(v, d))"
            case .validityUnknown: return "有效性未知：部分月份未给出有效天数"
            case .baseline(let year, let inner): return "\(year)年基数：" + self.note(inner, precision: d, unit: unit, in: language)
            case .noBaseline(let year): return "数据中无\(year)年基数值"
            case .yearOnYear(let fact): return YearOnYearWording.note(fact, in: language)
            case .condition(let condition): return "前提：\(condition)"
            case .shortMonths(let months):
                return "有效天数不足的月份：" + months.map { "\($0.month)（\($0.days) 天）" }.joined(separator: "、")
            case .monthsWithoutData(let months):
                return "无数据的月份：" + months.map(\.description).joined(separator: "、")
            case .shortYear(let days, let minimum): return "有效天数 \(days) 天，少于全年所需的 \(minimum) 天"
            case .pace(let pace): return "按此进度：全期 \(NumberFormat.fixed(pace, d)) \(u)"
            case .soFar(let perMonth, let start):
                let from: String
                switch start {
                case .value(let v, let at): from = "自 \(at) 的 \(NumberFormat.fixed(v, d)) \(u)"
                case .zero(let period): from = "自 \(period) 期初的 0"
                }
                return "至今：每月 \(NumberFormat.fixed(perMonth, d + 1)) \(u)（\(from)）"
            case .seasonalProjection(let v, let period):
                return "季节性预测：\(period) \(NumberFormat.fixed(v, d)) \(u)（今年累计 × 去年全期 ÷ 去年同期）"
            case .onlyBandReachable(let rest):
                return "仅容差范围仍可达到：\(requiredRest(rest, in: language))，方可落在范围内"
            }
        }
    }

    /// An exclusion flag's name: `sand_dust` is 沙尘 in Chinese.
    static func flagName(_ flag: String) -> String {
        switch flag {
        case "sand_dust": "沙尘"
        default: flag
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
        case .zh:
            let requirement = requirement(rest, in: language)
            switch rest.standing {
            case .open: return requirement
            case .secured: return "已锁定：无论余下时段如何均可达标（\(requirement)）"
            case .unreachable: return "已无法达标（\(requirement)）"
            }
        }
    }

    static func requirement(_ rest: RequiredRest, in language: Language) -> String {
        let word = rest.relation.symbol
        let u = rest.unit.symbol
        let safe = NumberFormat.fixed(rest.safeValue, rest.precision)
        // A bound as printed (29, 420), unless it has more decimals than the indicator shows (an
        // exact fraction, 1/3 = 33.33… %): then the safe-side value every other output shows.
        let plainBound = NumberFormat.plain(rest.value)
        let bound = (plainBound.split(separator: ".").dropFirst().first?.count ?? 0) > rest.precision ? safe : plainBound
        switch language {
        case .en:
            switch rest.requirement {
            case .average(let remaining): return "the remaining \(self.remaining(remaining, in: language)) must average \(word) \(safe) \(u)"
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
                return "the latest value must reach \(word) \(bound) \(u) by \(deadline.text)"
            }
        case .zh:
            switch rest.requirement {
            case .average(let remaining): return "余下 \(self.remaining(remaining, in: language))均值须 \(word) \(safe) \(u)"
            case .ratio(let days, let allowed):
                let kind = rest.relation.direction > 0 ? "非优良天数" : "此类天数"
                return "余下 \(days) 天须 \(word) \(safe) %：\(kind)至多 \(NumberFormat.plain(max(0, allowed))) 天"
            case .budget(let months):
                return rest.relation.direction < 0
                    ? "余下 \(months) 个月至多再增 \(NumberFormat.plain(max(0, rest.value))) \(u)"
                    : "余下 \(months) 个月须再增 \(NumberFormat.plain(rest.value)) \(u)"
            case .pace(let total, let months):
                return "余下 \(months) 个月 +\(NumberFormat.fixed(total, rest.precision)) \(u)（每月 \(NumberFormat.fixed(rest.value, rest.precision + 1))）"
            case .latestValue(let deadline):
                return "最新值须于\(deadline.text)达到 \(word) \(bound) \(u)"
            }
        }
    }

    /// The target a deferred one was judged against: `beijing-2025 北京市 (beijing-2025.md:12)`.
    public static func resolvedFrom(_ ref: TargetReference, in language: Language = .en) -> String {
        switch language {
        case .en: "\(ref.plan) \(ref.scope) (\(ref.seedFile):\(ref.seedLine))"
        case .zh: "\(ref.plan) \(ref.scope)（\(ref.seedFile) 第\(ref.seedLine)行）"
        }
    }

    /// Why a target's definition changed between two plans.
    /// `name` gives an indicator id's Chinese name (the catalog's), for the Chinese wording.
    public static func change(_ note: TargetChange.Note, of change: TargetChange, in language: Language = .en,
                              name: (String) -> String = { $0 }) -> String {
        switch language {
        case .zh:
            switch note {
            case .indicatorChanged(let from, _): return "指标口径变化：\(name(from)) → \(name(change.indicator))"
            case .requirementKindChanged:
                let side = { (t: Target?) in t.map { ComparatorText.describe($0.comparator) } ?? "—" }
                return "要求类型变化：\(side(change.old)) → \(side(change.new))"
            }
        case .en:
            switch note {
            case .indicatorChanged(let from, _): return "definition changed: \(name(from)) → \(name(change.indicator))"
            case .requirementKindChanged:
                return "the kind of requirement changed (\(change.old?.comparator.code ?? "") → \(change.new?.comparator.code ?? ""))"
            }
        }
    }

    /// An outcome of one comparison (of a boundary-sensitive row's two) by its verdict's name.
    static func outcomeName(_ outcome: Assessment.Outcome, in language: Language) -> String {
        let verdict: Verdict = switch outcome {
        case .met: .met
        case .withinTolerance: .withinTolerance
        case .missed: .missed
        }
        return verdictName(verdict, in: language)
    }

    /// A full value in its shortest text up to 6 decimals (32.04, 77.95), never float dust.
    static func full(_ value: Double) -> String {
        var text = NumberFormat.fixed(value, 6)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A verdict as reports print it: a symbol and words, so that colour is never the only signal.
    public static func verdict(_ verdict: Verdict, in language: Language = .en) -> String {
        switch language {
        case .zh: symbol(verdict) + " " + verdictZh(verdict)
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

    /// The symbol a verdict is printed with in both languages: `✔`, `!`, `?`.
    public static func symbol(_ verdict: Verdict) -> String {
        switch verdict {
        case .met: "✔"
        case .withinTolerance: "≈"
        case .missed, .offTrack: "✘"
        case .onTrack: "↗"
        case .atRisk: "!"
        case .insufficientData: "?"
        case .deferred: "→"
        case .notApplicable: "—"
        }
    }

    /// A verdict's name without its symbol: `met`, `达标`.
    public static func verdictName(_ verdict: Verdict, in language: Language) -> String {
        switch language {
        case .zh: verdictZh(verdict)
        case .en: String(self.verdict(verdict, in: .en).drop { $0 != " " }.dropFirst())
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

    static func remaining(_ r: RequiredRest.Remaining, in language: Language) -> String {
        switch (r, language) {
        case (.days(let n), .en): count(n, "day")
        case (.months(let n), .en): count(n, "month")
        case (.days(let n), .zh): "\(n) 天"
        case (.months(let n), .zh): "\(n) 个月"
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
