import TrackerEvaluation
import TrackerModel

/// How the facts of a year-on-year target (同比减少 10 %) read, in Chinese and in English: the
/// change it was judged on and where last year's value came from (the data or a ledger), or why
/// there is no change.
///
/// ```swift
/// YearOnYearWording.note(.lastYearMissing(from: YearMonth(2024, 1), to: YearMonth(2024, 5)), in: .zh)
/// // "无法计算同比：数据和台账中均无去年同期（2024-01—2024-05）的数值"
/// ```
public enum YearOnYearWording {
    public static func note(_ fact: YearOnYearNote, in language: Language) -> String {
        switch (fact, language) {
        case (.change(let y), .en):
            return "y/y \(change(y)) on last year's \(last(y)) (\(months(y.from, y.to, .en)), \(source(y.source, in: .en)))"
        case (.change(let y), .zh):
            return "同比 \(change(y))（去年同期 \(months(y.from, y.to, .zh)) 为 \(last(y))，\(source(y.source, in: .zh))）"
        case (.lastYearMissing(let from, let to), .en):
            return "no y/y: last year's same months (\(months(from, to, .en))) are neither in the data nor in a ledger"
        case (.lastYearMissing(let from, let to), .zh):
            return "无法计算同比：数据和台账中均无去年同期（\(months(from, to, .zh))）的数值"
        case (.boundarySensitive(let full, let a, let b), .en):
            return "boundary-sensitive: y/y from the full values \(ScorecardWording.full(full))% \(ScorecardWording.outcomeName(a, in: .en)), as published \(ScorecardWording.outcomeName(b, in: .en))"
        case (.boundarySensitive(let full, let a, let b), .zh):
            return "口径敏感：按全数值同比 \(ScorecardWording.full(full))% \(ScorecardWording.outcomeName(a, in: .zh))，按发布值\(ScorecardWording.outcomeName(b, in: .zh))"
        case (.lastYearZero(let from, let to), .en):
            return "no y/y: last year's same months (\(months(from, to, .en))) are displayed as 0"
        case (.lastYearZero(let from, let to), .zh):
            return "无法计算同比：去年同期（\(months(from, to, .zh))）发布值为 0"
        }
    }

    /// Where last year's value came from: `from the data` / `来自数据`, `recorded in the ledger:
    /// xicheng-2024 2024-05` / ``来自台账 `xicheng-2024` 2024-05``.
    public static func source(_ source: YearOnYearChange.Source, in language: Language) -> String {
        switch (source, language) {
        case (.data, .en): "from the data"
        case (.data, .zh): "来自数据"
        case (.ledger(let plan, let month), .en): "recorded in the ledger: \(plan) \(month)"
        case (.ledger(let plan, let month), .zh): "来自台账 `\(plan)` \(month)"
        }
    }

    /// The JSON keys a 同比 carries about its source: `"source": "data"`, or `"source": "ledger"`
    /// with `"recorded": {"plan", "month"}`. The same in both languages.
    public static func sourceJSON(_ source: YearOnYearChange.Source) -> [(String, JSONValue)] {
        switch source {
        case .data: [("source", .string("data"))]
        case .ledger(let plan, let month):
            [("source", .string("ledger")), ("recorded", .object([("plan", .string(plan)), ("month", .string(month.description))]))]
        }
    }

    static func change(_ y: YearOnYearChange) -> String {
        y.changePercent.map { NumberFormat.signed($0, 1) + "%" } ?? "—"
    }

    static func last(_ y: YearOnYearChange) -> String {
        NumberFormat.fixed(y.lastYearDisplayed, y.lastYearDecimals)
    }

    static func months(_ from: YearMonth, _ to: YearMonth, _ language: Language) -> String {
        from == to ? from.description : "\(from)\(language == .zh ? "—" : "–")\(to)"
    }
}
