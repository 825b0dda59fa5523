import TrackerModel

/// The words of tables, sheets and reports — column headers, section names, labels — in both
/// languages, one place for each. The terminal table, Markdown, CSV, the workbook and the HTML
/// report take their headers from here; docs/glossary.md lists the same pairs.
///
/// ```swift
/// ReportTerm.observed.text(in: .zh)    // "实测"
/// ReportTerm.observed.text(in: .en)    // "observed"
/// ReportTerm.level(.street).text(in: .zh)   // "街道"
/// ```
public enum ReportTerm: Hashable, Sendable, CaseIterable {
    case scope, indicator, observed, target, unit, margin, verdict, validDays, restOfPeriod, source, notes
    case level(ScopeLevel)
    case league, rank, skipped
    case plan, asOf, final, provisional, provisionalYearToDate, data, summary
    case title, document, status, rowsRead, rowsUsed, rowsSkipped, targets, indicatorID, observedUnrounded
    case change, old, new, oldSource, newSource, oldVerdict, newVerdict, oldTarget, newTarget, cause, changes, verdictFlips
    case oldObserved, newObserved
    case noVerdictFlips
    case period, deadline, name, polarity, kind, precision, english
    case yearOnYear, yearOnYearPercent, lastYear

    /// Every term (docs/glossary.md lists each; a test checks).
    public static let allCases: [ReportTerm] = [
        .scope, .indicator, .observed, .target, .unit, .margin, .verdict, .validDays, .restOfPeriod, .source, .notes,
        .league, .rank, .skipped, .plan, .asOf, .final, .provisional, .provisionalYearToDate, .data, .summary,
        .title, .document, .status, .rowsRead, .rowsUsed, .rowsSkipped, .targets, .indicatorID, .observedUnrounded,
        .change, .old, .new, .oldSource, .newSource, .oldVerdict, .newVerdict, .oldTarget, .newTarget, .cause, .changes, .verdictFlips,
        .oldObserved, .newObserved,
        .noVerdictFlips, .period, .deadline, .name, .polarity, .kind, .precision, .english, .yearOnYear,
        .yearOnYearPercent, .lastYear,
    ] + ScopeLevel.allCases.map { .level($0) }

    /// Both languages' texts.
    public var pair: (zh: String, en: String) {
        switch self {
        case .scope: ("范围", "scope")
        case .indicator: ("指标", "indicator")
        case .observed: ("实测", "observed")
        case .target: ("目标", "target")
        case .unit: ("单位", "unit")
        case .margin: ("差距", "margin")
        case .verdict: ("判定", "verdict")
        case .validDays: ("有效天数", "valid days")
        case .restOfPeriod: ("余下须", "rest of period must")
        case .source: ("出处", "source")
        case .notes: ("说明", "notes")
        case .level(.city): ("市级", "city")
        case .level(.district): ("区级", "district")
        case .level(.street): ("街道", "street")
        case .league: ("排名", "league")
        case .rank: ("名次", "#")
        case .yearOnYear: ("同比", "y/y")
        case .yearOnYearPercent: ("同比（%）", "y/y (%)")
        case .lastYear: ("上年同期", "last year")
        case .skipped: ("已跳过", "skipped")
        case .plan: ("计划", "plan")
        case .asOf: ("截至", "as of")
        case .final: ("最终结果", "final")
        case .provisional: ("暂定", "provisional")
        case .provisionalYearToDate: ("暂定（年初至今）", "provisional (year to date)")
        case .data: ("数据", "data")
        case .summary: ("概况", "summary")
        case .title: ("标题", "title")
        case .document: ("文号", "document")
        case .status: ("状态", "status")
        case .rowsRead: ("读取行数", "rows read")
        case .rowsUsed: ("采用行数", "rows used")
        case .rowsSkipped: ("跳过行数", "rows skipped")
        case .targets: ("目标数", "targets")
        case .indicatorID: ("指标代码", "indicator id")
        case .observedUnrounded: ("实测（未修约）", "observed (unrounded)")
        case .change: ("变化", "change")
        case .old: ("原", "old")
        case .new: ("新", "new")
        case .oldSource: ("原出处", "old source")
        case .newSource: ("新出处", "new source")
        case .oldVerdict: ("原判定", "old verdict")
        case .newVerdict: ("新判定", "new verdict")
        case .oldTarget: ("原目标", "old target")
        case .newTarget: ("新目标", "new target")
        case .cause: ("原因", "cause")
        case .oldObserved: ("原实测", "old observed")
        case .newObserved: ("新实测", "new observed")
        case .changes: ("变化", "changes")
        case .verdictFlips: ("判定翻转", "verdict flips")
        case .noVerdictFlips: ("无判定翻转", "no verdict flips")
        case .period: ("期限", "period")
        case .deadline: ("完成时限", "deadline")
        case .name: ("名称", "名称")
        case .polarity: ("方向", "polarity")
        case .kind: ("类型", "kind")
        case .precision: ("小数位", "precision")
        case .english: ("英文名", "english")
        }
    }

    /// The text in one language.
    public func text(in language: Language) -> String { language == .zh ? pair.zh : pair.en }
}
