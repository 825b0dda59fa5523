import Foundation
import TrackerEvaluation
import TrackerModel

/// A scorecard as an Excel workbook, for people who open everything in Excel: a `summary`
/// sheet (plan, as-of month, data read, the count of each verdict, skipped rows), then one sheet
/// per scope level (`district`, `street`, …) with a row per target. Header rows are frozen and
/// filtered, columns fitted, values and margins are numbers (shown to the scorecard's
/// decimals), and each verdict is its text and symbol on a coloured fill. The cell texts are the
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

    public static func xlsx(_ card: Scorecard) -> Data {
        Data(WorkbookPackage(title: "\(card.title)（\(card.document)）", sheets: sheets(card)).bytes)
    }

    public static func sheetNames(_ card: Scorecard) -> [String] { sheets(card).map(\.name) }

    static func sheets(_ card: Scorecard) -> [WorksheetXML] {
        var sheets = [summary(card)]
        for level in ScopeLevel.allCases {
            let rows = card.rows.filter { $0.target.scopeLevel == level }
            guard !rows.isEmpty else { continue }
            let name = WorkbookPackage.sheetName(level.rawValue, taken: sheets.map(\.name))
            sheets.append(WorksheetXML(name: name, header: levelHeader, rows: rows.map(cells), headerStyle: WorkbookStyles.header))
        }
        return sheets
    }

    /// One target's row. Observed and margin are the numbers the text shows (rounded the same
    /// way, GB/T 8170 half-to-even, which Excel's own rounding is not), with as many decimals;
    /// the unrounded value is in the last column.
    static func cells(_ r: ScorecardRow) -> [SheetCell] {
        let observed = ScorecardText.observed(r)
        let margin = ScorecardText.margin(r)
        return [
            .text(r.scope), .text(r.indicatorZh),
            number(observed, style: WorkbookStyles.fixed), .text(ScorecardText.target(r)), .text(r.unit.symbol),
            number(margin, style: WorkbookStyles.signed),
            .text(r.verdict.label, style: WorkbookStyles.verdict(r.verdict)), .text(r.verdict.zh, style: WorkbookStyles.verdict(r.verdict)),
            r.validDays.map { .number(Double($0), style: WorkbookStyles.fixed(0)) } ?? .empty,
            .text(ScorecardText.rest(r)), .text(ScorecardText.notes(r)), .text(ScorecardText.source(r)),
            .text(r.indicator), r.observed.map { .number($0) } ?? .empty,
        ]
    }

    /// A number cell from the scorecard's text of it (`35.2`, `+1.50`), with a format showing
    /// the same decimals; empty where the text has no number (`—`).
    static func number(_ text: String, style: (Int) -> Int) -> SheetCell {
        guard let value = Double(text) else { return .empty }
        let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        return .number(value, style: style(decimals))
    }

    static func summary(_ card: Scorecard) -> WorksheetXML {
        let label = WorkbookStyles.label
        var rows: [[SheetCell]] = [
            [.text("title", style: label), .text(card.title)],
            [.text("document", style: label), .text(card.document)],
            [.text("plan", style: label), .text(card.plan)],
            [.text("as of", style: label), .text(card.asOf.description)],
            [.text("status", style: label), .text(card.isFinal ? "final" : "provisional (year to date)")],
        ]
        for s in card.sources {
            rows.append([.text("data", style: label), .text("\(s.file) (\(s.layout), \(s.encoding))")])
        }
        rows += [
            [.text("rows read", style: label), .number(Double(card.rowsRead), style: WorkbookStyles.fixed(0))],
            [.text("rows used", style: label), .number(Double(card.rowsUsed), style: WorkbookStyles.fixed(0))],
            [.text("rows skipped", style: label), .number(Double(card.skipped.count), style: WorkbookStyles.fixed(0))],
            [],
            [.text("verdict", style: WorkbookStyles.header), .text("targets", style: WorkbookStyles.header), .text("判定", style: WorkbookStyles.header)],
        ]
        let counts = card.summary
        for verdict in Verdict.allCases {
            guard let count = counts[verdict] else { continue }
            let style = WorkbookStyles.verdict(verdict)
            rows.append([.text(verdict.label, style: style), .number(Double(count), style: WorkbookStyles.fixed(0)), .text(verdict.zh, style: style)])
        }
        if !card.skipped.isEmpty {
            rows.append([])
            for d in card.skipped { rows.append([.text("skipped", style: label), .text(d.description)]) }
        }
        return WorksheetXML(name: "summary", header: ["field", "value"], rows: rows, headerStyle: WorkbookStyles.header, filter: false)
    }
}
