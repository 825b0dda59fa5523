import TrackerEvaluation
import TrackerModel

/// The words of the ledger (`evaluate --record`, `tracker history`, `tracker changes`) in both
/// languages.
///
/// ```swift
/// LedgerWording.outcome(.recorded(path: "l/x/2025-03.json", revision: 2), in: .zh)   // "已记入 l/x/2025-03.json（修订第 2 版）"
/// LedgerWording.kind(.newMiss, in: .zh)                                              // "新增未达标"
/// ```
public enum LedgerWording {
    public static func outcome(_ outcome: LedgerOutcome, in language: Language) -> String {
        switch outcome {
        case .recorded(let path, 1): language.pick("已记入 \(path)", "recorded \(path)")
        case .recorded(let path, let n): language.pick("已记入 \(path)（修订第 \(n) 版）", "recorded \(path) (revision \(n))")
        case .unchanged(let path): language.pick("\(path) 已由相同的输入记录，未改动", "\(path) was recorded from the same inputs: unchanged")
        }
    }

    public static func failure(_ failure: LedgerFailure, in language: Language) -> String {
        switch failure {
        case .cannotWrite(let p): language.pick("无法写入台账文件 `\(p)`", "cannot write the ledger file `\(p)`")
        case .unreadable(let p): language.pick("无法读取 `\(p)`", "cannot read `\(p)`")
        case .notALedgerFile(let p):
            language.pick("`\(p)` 不是台账文件；请移走它，或另选台账目录", "`\(p)` is not a ledger file; move it away or choose another ledger folder")
        case .noLedger(let p):
            language.pick("没有台账目录 `\(p)`；先用 `tracker evaluate … --record \(p)` 记录", "no ledger folder `\(p)`; record one with `tracker evaluate … --record \(p)`")
        }
    }

    public static func kind(_ kind: LedgerChanges.Kind, in language: Language) -> String {
        switch kind {
        case .newMiss: language.pick("新增未达标", "new miss")
        case .recovery: language.pick("恢复", "recovery")
        case .moved: language.pick("判定变化", "verdict moved")
        }
    }

    /// Why a verdict moved: the cause as `tracker diff` words it (`DiffWording.cause`: `target_changed`
    /// / 目标变化), then what the ledger knows of it: `目标变化：≤ 32 → ≤ 31（限值）`,
    /// `data_changed: 2025-04 德胜街道 PM2.5年均浓度 26.2 → 36.2`, `standard_changed: published at 0 → 1 decimals`.
    public static func reason(_ reason: LedgerChanges.Reason, in language: Language) -> String {
        let cause = DiffWording.cause(reason.cause, in: language)
        guard let detail = detail(reason, in: language) else { return cause }
        if case .newMonthOfData = reason { return cause + language.pick("（\(detail)）", " (\(detail))") }
        return cause + language.pick("：", ": ") + detail
    }

    /// What the ledger knows of a reason, without the cause: `2025-04 德胜街道 PM2.5年均浓度 26.2 → 36.2`,
    /// `≤ 31 → ≤ 32 (threshold)`, the later month of a new month of data; nil when nothing (revised
    /// data whose values did not change).
    public static func detail(_ reason: LedgerChanges.Reason, in language: Language) -> String? {
        switch reason {
        case .newMonthOfData(let month):
            return month.description
        case .revisedData(let values):
            guard !values.isEmpty else { return nil }
            return values.map(revisedValue).joined(separator: language.pick("；", "; "))
        case .targetChanged(let old, let new, let how):
            let change = old == new ? old : "\(old) → \(new)"
            let what = switch how {
            case .threshold: language.pick("限值", "threshold")
            case .comparator: language.pick("比较方式", "comparator")
            case .targetFiles: language.pick("目标文件有变化", "target files changed")
            }
            return change + language.pick("（\(what)）", " (\(what))")
        case .standardChanged(.publishedDecimals(let from, let to)):
            return language.pick("发布精度 \(from) → \(to) 位小数", "published at \(from) → \(to) decimals")
        case .standardChanged(.catalog):
            return language.pick("指标目录有变化", "indicator catalog changed")
        case .standardChanged(.aqiStandard(let from, let to)):
            let none = language.pick("（无）", "none")
            return "\(from ?? none) → \(to ?? none)"
        }
    }

    /// A line's reasons, joined.
    public static func reasons(_ reasons: [LedgerChanges.Reason], in language: Language) -> String {
        reasons.map { reason($0, in: language) }.joined(separator: language.pick("；", "; "))
    }

    /// `2025-04 德胜街道 PM2.5年均浓度 26.2 → 36.2`: a monthly value a revision changed (— when added or removed).
    public static func revisedValue(_ r: LedgerChanges.Revised) -> String {
        "\(r.valueMonth) \(r.scope) \(r.indicatorZh) \(r.before.map(NumberFormat.plain) ?? "—") → \(r.after.map(NumberFormat.plain) ?? "—")"
    }

    public static func planTitle(_ plan: String, revisions: [(YearMonth, Int)], in language: Language) -> String {
        let revised = revisions.filter { $0.1 > 1 }.map { language.pick("\($0.0) 修订第 \($0.1) 版", "\($0.0) revision \($0.1)") }
        let base = language.pick("计划 \(plan)", "plan \(plan)")
        return revised.isEmpty ? base : base + language.pick("（\(revised.joined(separator: "，"))）", " (\(revised.joined(separator: ", ")))")
    }

    public static func between(_ from: YearMonth, _ to: YearMonth, in language: Language) -> String {
        language.pick("\(from) → \(to)", "\(from) → \(to)")
    }

    public static func monthsColumn(in language: Language) -> String { language.pick("月份", "months") }
    public static func monthColumn(in language: Language) -> String { language.pick("月份", "month") }
    public static func revisionColumn(in language: Language) -> String { language.pick("修订版", "revision") }
    public static func fromColumn(in language: Language) -> String { language.pick("起始月", "from") }
    public static func toColumn(in language: Language) -> String { language.pick("终止月", "to") }
    public static func detailColumn(in language: Language) -> String { language.pick("详情", "detail") }
    public static func revisions(_ a: Int, _ b: Int, in language: Language) -> String {
        language.pick("（修订第 \(a) → \(b) 版）", "(revision \(a) → \(b))")
    }
    public static func revisedHeading(in language: Language) -> String { language.pick("修订的数据", "revised data") }
    public static func noChanges(in language: Language) -> String { language.pick("判定无变化。", "No verdict changed.") }
    public static func noRevisions(in language: Language) -> String { language.pick("没有修订的数据。", "No data revised.") }
    public static func empty(in language: Language) -> String { language.pick("台账为空。", "The ledger is empty.") }
}
