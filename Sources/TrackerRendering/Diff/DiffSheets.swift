import Foundation
import TrackerEvaluation
import TrackerModel

/// A plan comparison as a spreadsheet, for people who filter and sort it in Excel: one row per
/// target change, grouped by kind (added, removed, tightened, loosened, definition changed,
/// unchanged), each with both sides' targets and sources; with data, the flip of its verdict on
/// the same row. As CSV (UTF-8 with the texts the table prints) or as a workbook with a
/// `changes` sheet and, with data, a `flips` sheet.
///
/// ```swift
/// let csv = DiffSheets.csv(result.diff, flips: result.comparison, indicators: result.indicators)
/// let xlsx = DiffSheets.xlsx(result.diff, flips: result.comparison, indicators: result.indicators)
/// ```
public enum DiffSheets {
    public static let changeHeader = ["change", "scope", "indicator", "old", "new", "old source", "new source", "note",
                                      "old verdict", "new verdict", "old observed", "new observed", "cause", "indicator id"]
    public static let flipHeader = ["scope", "indicator", "old verdict", "new verdict", "old observed", "new observed",
                                    "old target", "new target", "cause", "indicator id"]

    /// The changes in report order, then their order in the diff.
    static func grouped(_ diff: PlanDiff) -> [TargetChange] {
        TargetChange.Kind.reportOrder.flatMap { kind in diff.changes.filter { $0.kind == kind } }
    }

    static func changeRows(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog) -> [[String]] {
        var flipOf: [TargetKey: VerdictFlip] = [:]
        for f in flips?.flips ?? [] { flipOf[TargetKey(scope: f.scope, indicator: f.indicator)] = f }
        return grouped(diff).map { c in
            let flip = flipOf[TargetKey(scope: c.scope, indicator: c.indicator)]
            let observed = flip.map(DiffText.observed).map { (old: $0.old == "—" ? "" : $0.old, new: $0.new == "—" ? "" : $0.new) }
            return [c.kind.rawValue, c.scope, DiffText.name(c.indicator, indicators), DiffText.side(c.old), DiffText.side(c.new),
                    DiffText.source(c.old), DiffText.source(c.new), DiffText.readableNote(c, indicators),
                    flip.map { $0.old.verdict.rawValue } ?? "", flip.map { $0.new.verdict.rawValue } ?? "",
                    observed?.old ?? "", observed?.new ?? "", flip.map { $0.causes.map(\.rawValue).joined(separator: ", ") } ?? "",
                    c.indicator]
        }
    }

    static func flipRows(_ comparison: ScorecardComparison) -> [[String]] {
        comparison.flips.map { f in
            let shown = DiffText.observed(f)
            let observed = (old: shown.old == "—" ? "" : shown.old, new: shown.new == "—" ? "" : shown.new)
            return [f.scope, f.indicatorZh, f.old.verdict.rawValue, f.new.verdict.rawValue, observed.old, observed.new,
                    ComparatorText.describe(f.old.effectiveComparator), ComparatorText.describe(f.new.effectiveComparator),
                    f.causes.map(\.rawValue).joined(separator: ", "), f.indicator]
        }
    }

    public static func csv(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog) -> String {
        ([changeHeader] + changeRows(diff, flips: flips, indicators: indicators)).map(CSVText.line).joined()
    }

    public static func xlsx(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog) -> Data {
        func cells(_ row: [String], numbers: Set<Int>) -> [SheetCell] {
            row.enumerated().map { i, text in
                if numbers.contains(i) { return ScorecardWorkbook.number(text, style: WorkbookStyles.fixed) }
                return text.isEmpty ? .empty : .text(text)
            }
        }
        var sheets = [WorksheetXML(name: "changes", header: changeHeader,
                                   rows: changeRows(diff, flips: flips, indicators: indicators).map { cells($0, numbers: [10, 11]) },
                                   headerStyle: WorkbookStyles.header)]
        if let flips, !flips.flips.isEmpty {
            sheets.append(WorksheetXML(name: "flips", header: flipHeader, rows: flipRows(flips).map { cells($0, numbers: [4, 5]) },
                                       headerStyle: WorkbookStyles.header))
        }
        return Data(WorkbookPackage(title: "\(diff.old.id) → \(diff.new.id)", sheets: sheets).bytes)
    }
}

extension DiffText {
    /// A change's note with indicators by their Chinese names (`重污染天数比例 → 重污染天数`): ids
    /// are for JSON, not for people. "" without a note.
    static func readableNote(_ change: TargetChange, _ catalog: IndicatorCatalog) -> String {
        switch change.note {
        case nil: ""
        case .indicatorChanged(let from, _): "\(name(from, catalog)) → \(name(change.indicator, catalog))"
        case let note?: ScorecardWording.change(note, of: change)
        }
    }
}
