import Foundation
import TrackerEvaluation
import TrackerModel

/// A scorecard as an Excel workbook, for people who open everything in Excel: a `summary`
/// sheet (plan, as-of month, data read, the count of each verdict, skipped rows), then one sheet
/// per scope level (`district`, `street`, …) with a row per target. Header rows are frozen and
/// filtered, columns fitted, values and margins are numbers (shown to the scorecard's
/// decimals), and each verdict is its text and symbol on a coloured fill; when the data hold last
/// year's months, 同比 in % and last year's value come last. The cell texts are the
/// ones the table, Markdown and CSV show (`ScorecardText`). The same scorecard always gives the
/// same bytes.
///
/// ```swift
/// let data = ScorecardWorkbook.xlsx(card)
/// try data.write(to: URL(fileURLWithPath: "scorecard.xlsx"))
/// ScorecardWorkbook.sheetNames(card)   // ["summary", "district", "street"]
/// ```
public enum ScorecardWorkbook {
    public static let levelHeader = ["scope", "indicator", "observed", "target", "unit", "margin", "verdict", "判定",
                                     "valid days", "rest of period must", "notes", "source", "indicator id", "observed (unrounded)"]
    /// The Chinese sheets' header: the same columns without the English verdict's.
    public static let levelHeaderZh: [String] = [ReportTerm.scope, .indicator, .observed, .target, .unit, .margin, .verdict,
                                                 .validDays, .restOfPeriod, .notes, .source, .indicatorID, .observedUnrounded]
        .map { $0.text(in: .zh) }

    public static func xlsx(_ card: Scorecard, in language: Language = .en) -> Data {
        Data(WorkbookPackage(title: "\(card.title)（\(card.document)）", sheets: sheets(card, in: language)).bytes)
    }

    public static func sheetNames(_ card: Scorecard, in language: Language = .en) -> [String] { sheets(card, in: language).map(\.name) }

    static func sheets(_ card: Scorecard, in language: Language) -> [WorksheetXML] {
        var sheets = [summary(card, in: language)]
        for level in ScopeLevel.allCases {
            let rows = card.rows.filter { $0.target.scopeLevel == level }
            guard !rows.isEmpty else { continue }
            let name = WorkbookPackage.sheetName(language == .zh ? ReportTerm.level(level).text(in: .zh) : level.rawValue, taken: sheets.map(\.name))
            // 同比 last, when the data hold last year's months for some row of the level (as the table).
            let withYearOnYear = rows.contains { $0.yearOnYear != nil }
            let header = (language == .zh ? levelHeaderZh : levelHeader)
                + (withYearOnYear ? [ReportTerm.yearOnYearPercent, .lastYear].map { $0.text(in: language) } : [])
            sheets.append(WorksheetXML(name: name, header: header,
                                       rows: rows.map { cells($0, in: language) + (withYearOnYear ? yearOnYear($0) : []) },
                                       headerStyle: WorkbookStyles.header))
        }
        return sheets
    }

    /// One target's row. Observed and margin are the numbers the text shows (rounded the same
    /// way, GB/T 8170 half-to-even, which Excel's own rounding is not), with as many decimals;
    /// the unrounded value is in the last column.
    static func cells(_ r: ScorecardRow, in language: Language) -> [SheetCell] {
        let observed = ScorecardText.observed(r)
        let margin = ScorecardText.margin(r)
        let style = WorkbookStyles.verdict(r.verdict)
        let verdicts: [SheetCell] = language == .zh
            ? [.text(ScorecardWording.verdict(r.verdict, in: .zh), style: style)]
            : [.text(r.verdict.label, style: style), .text(r.verdict.zh, style: style)]
        return [
            .text(r.scope), .text(r.indicatorZh),
            number(observed, style: WorkbookStyles.fixed), .text(ScorecardText.target(r)), .text(r.unit.symbol),
            number(margin, style: WorkbookStyles.signed),
        ] + verdicts + [
            r.validDays.map { .number(Double($0), style: WorkbookStyles.fixed(0)) } ?? .empty,
            .text(ScorecardText.rest(r, in: language)), .text(ScorecardText.notes(r, in: language)), .text(ScorecardText.source(r, in: language)),
            .text(r.indicator), r.observed.map { .number($0) } ?? .empty,
        ]
    }

    /// 同比 in % (signed, 0.1) and last year's displayed value (at that year's precision), as numbers; empty when unknown.
    static func yearOnYear(_ r: ScorecardRow) -> [SheetCell] {
        [number(ScorecardText.yearOnYearPercent(r), style: WorkbookStyles.signed), number(ScorecardText.lastYear(r), style: WorkbookStyles.fixed)]
    }

    /// A number cell from the scorecard's text of it (`35.2`, `+1.50`), with a format showing
    /// the same decimals; empty where the text has no number (`—`).
    static func number(_ text: String, style: (Int) -> Int) -> SheetCell {
        guard let value = Double(text) else { return .empty }
        let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        return .number(value, style: style(decimals))
    }

    static func summary(_ card: Scorecard, in language: Language) -> WorksheetXML {
        let label = WorkbookStyles.label
        func term(_ t: ReportTerm) -> SheetCell { .text(t.text(in: language), style: label) }
        var rows: [[SheetCell]] = [
            [term(.title), .text(card.title)],
            [term(.document), .text(card.document)],
            [term(.plan), .text(card.plan)],
            [term(.asOf), .text(card.asOf.description)],
            [term(.status), .text((card.isFinal ? ReportTerm.final : .provisionalYearToDate).text(in: language))],
        ]
        for s in card.sources {
            let data = language == .zh
                ? "\(s.file)（\(DataWording.layout(s.layout, in: .zh))，\(DataWording.encoding(s.encoding, in: .zh))）"
                : "\(s.file) (\(s.layout), \(s.encoding))"
            rows.append([term(.data), .text(data)])
        }
        rows += [
            [term(.rowsRead), .number(Double(card.rowsRead), style: WorkbookStyles.fixed(0))],
            [term(.rowsUsed), .number(Double(card.rowsUsed), style: WorkbookStyles.fixed(0))],
            [term(.rowsSkipped), .number(Double(card.skipped.count), style: WorkbookStyles.fixed(0))],
            [],
            language == .zh
                ? [.text("判定", style: WorkbookStyles.header), .text("目标数", style: WorkbookStyles.header)]
                : [.text("verdict", style: WorkbookStyles.header), .text("targets", style: WorkbookStyles.header), .text("判定", style: WorkbookStyles.header)],
        ]
        let counts = card.summary
        for verdict in Verdict.allCases {
            guard let count = counts[verdict] else { continue }
            let style = WorkbookStyles.verdict(verdict)
            rows.append(language == .zh
                ? [.text(ScorecardWording.verdict(verdict, in: .zh), style: style), .number(Double(count), style: WorkbookStyles.fixed(0))]
                : [.text(verdict.label, style: style), .number(Double(count), style: WorkbookStyles.fixed(0)), .text(verdict.zh, style: style)])
        }
        if !card.skipped.isEmpty {
            rows.append([])
            for d in card.skipped { rows.append([term(.skipped), .text(DiagnosticWording.line(d, in: language))]) }
        }
        return WorksheetXML(name: language == .zh ? "概况" : "summary", header: language == .zh ? ["项目", "内容"] : ["field", "value"],
                            rows: rows, headerStyle: WorkbookStyles.header, filter: false)
    }
}
