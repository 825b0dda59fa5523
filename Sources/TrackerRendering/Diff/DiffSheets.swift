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
    static let changeColumns: [ReportTerm] = [.change, .scope, .indicator, .old, .new, .oldSource, .newSource, .notes,
                                              .oldVerdict, .newVerdict, .oldObserved, .newObserved, .cause, .indicatorID]
    static let flipColumns: [ReportTerm] = [.scope, .indicator, .oldVerdict, .newVerdict, .oldObserved, .newObserved,
                                            .oldTarget, .newTarget, .cause, .indicatorID]

    public static func changeHeader(in language: Language = .en) -> [String] { changeColumns.map { $0.text(in: language) } }
    public static func flipHeader(in language: Language = .en) -> [String] { flipColumns.map { $0.text(in: language) } }

    /// The changes in report order, then their order in the diff.
    static func grouped(_ diff: PlanDiff) -> [TargetChange] {
        TargetChange.Kind.reportOrder.flatMap { kind in diff.changes.filter { $0.kind == kind } }
    }

    static func changeRows(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog, in language: Language) -> [[String]] {
        var flipOf: [TargetKey: VerdictFlip] = [:]
        for f in flips?.flips ?? [] { flipOf[TargetKey(scope: f.scope, indicator: f.indicator)] = f }
        return grouped(diff).map { c in
            let flip = flipOf[TargetKey(scope: c.scope, indicator: c.indicator)]
            let observed = flip.map(DiffText.observed).map { (old: $0.old == "—" ? "" : $0.old, new: $0.new == "—" ? "" : $0.new) }
            return [DiffWording.kind(c.kind, in: language), c.scope, DiffText.name(c.indicator, indicators), DiffText.side(c.old),
                    DiffText.side(c.new), DiffText.source(c.old, in: language), DiffText.source(c.new, in: language),
                    DiffText.note(c, indicators, in: language) ?? "",
                    flip.map { ScorecardWording.verdict($0.old.verdict, in: language) } ?? "",
                    flip.map { ScorecardWording.verdict($0.new.verdict, in: language) } ?? "",
                    observed?.old ?? "", observed?.new ?? "", flip.map { DiffWording.causes($0.causes, in: language) } ?? "",
                    c.indicator]
        }
    }

    static func flipRows(_ comparison: ScorecardComparison, in language: Language) -> [[String]] {
        comparison.flips.map { f in
            let shown = DiffText.observed(f)
            let observed = (old: shown.old == "—" ? "" : shown.old, new: shown.new == "—" ? "" : shown.new)
            return [f.scope, f.indicatorZh, ScorecardWording.verdict(f.old.verdict, in: language),
                    ScorecardWording.verdict(f.new.verdict, in: language), observed.old, observed.new,
                    ComparatorText.describe(f.old.effectiveComparator), ComparatorText.describe(f.new.effectiveComparator),
                    DiffWording.causes(f.causes, in: language), f.indicator]
        }
    }

    public static func csv(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog, in language: Language = .en) -> String {
        ([changeHeader(in: language)] + changeRows(diff, flips: flips, indicators: indicators, in: language)).map(CSVText.line).joined()
    }

    public static func xlsx(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog, in language: Language = .en) -> Data {
        func cells(_ row: [String], numbers: Set<Int>) -> [SheetCell] {
            row.enumerated().map { i, text in
                if numbers.contains(i) { return ScorecardWorkbook.number(text, style: WorkbookStyles.fixed) }
                return text.isEmpty ? .empty : .text(text)
            }
        }
        var sheets = [WorksheetXML(name: ReportTerm.changes.text(in: language), header: changeHeader(in: language),
                                   rows: changeRows(diff, flips: flips, indicators: indicators, in: language).map { cells($0, numbers: [10, 11]) },
                                   headerStyle: WorkbookStyles.header)]
        if let flips, !flips.flips.isEmpty {
            sheets.append(WorksheetXML(name: language == .zh ? "判定翻转" : "flips", header: flipHeader(in: language),
                                       rows: flipRows(flips, in: language).map { cells($0, numbers: [4, 5]) },
                                       headerStyle: WorkbookStyles.header))
        }
        return Data(WorkbookPackage(title: "\(diff.old.id) → \(diff.new.id)", sheets: sheets).bytes)
    }
}

