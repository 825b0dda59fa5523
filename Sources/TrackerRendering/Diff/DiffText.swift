import TrackerEvaluation
import TrackerModel

/// Renders a plan diff and its verdict flips as a table, JSON (a stable interface, documented in
/// docs/regression.md) or Markdown.
///
/// ```swift
/// print(DiffText.table(diff, flips: nil, indicators: catalog))
/// ```
public enum DiffText {
    static func side(_ t: Target?) -> String { t.map { ComparatorText.describe($0.comparator) } ?? "—" }
    static func source(_ t: Target?, in language: Language = .en) -> String { t.map { DataWording.line($0.provenance, in: language) } ?? "" }
    static func name(_ id: String, _ catalog: IndicatorCatalog) -> String { catalog[id]?.zh ?? id }

    /// A change's note in words (the indicators by their Chinese names in Chinese).
    static func note(_ c: TargetChange, _ catalog: IndicatorCatalog, in language: Language) -> String? {
        c.note.map { ScorecardWording.change($0, of: c, in: language) { name($0, catalog) } }
    }

    /// A change's note as JSON has always written it, with the indicator ids and the concept
    /// (`heavy_pollution_day_ratio → heavy_pollution_days (heavy_pollution)`): a stable interface.
    static func noteJSON(_ note: TargetChange.Note, of change: TargetChange) -> String {
        switch note {
        case .indicatorChanged(let from, let concept): "\(from) → \(change.indicator) (\(concept))"
        case .requirementKindChanged: ScorecardWording.change(note, of: change, in: .en)
        }
    }

    public static func table(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog, showUnchanged: Bool = false,
                             in language: Language = .en) -> String {
        let zh = language == .zh
        var out = zh
            ? "\(diff.old.id)（\(diff.old.document)）→ \(diff.new.id)（\(diff.new.document)）\n"
            : "\(diff.old.id) (\(diff.old.document)) → \(diff.new.id) (\(diff.new.document))\n"
        out += (zh ? "变化：" : "changes: ") + TargetChange.Kind.reportOrder.compactMap { k in
            let n = diff.changes.filter { $0.kind == k }.count
            return n > 0 ? "\(DiffWording.kind(k, in: language)) \(n)" : nil
        }.joined(separator: " · ") + "\n\n"
        let t = { (term: ReportTerm, priority: Int, wraps: Bool) in TextTable.Column(term.text(in: language), priority: priority, wraps: wraps) }
        var table = TextTable(columns: [t(.scope, 0, false), t(.indicator, 0, true), t(.change, 0, false), t(.old, 0, true), t(.new, 0, true),
                                        t(.oldSource, 4, false), t(.newSource, 3, false)])
        // Grouped by kind: added, removed, tightened, loosened, definition changed (unchanged last).
        for c in DiffSheets.grouped(diff) where showUnchanged || c.kind != .unchanged {
            let shown = note(c, indicators, in: language).map { zh ? "（\($0)）" : "  (\($0))" } ?? ""
            table.add([c.scope, name(c.indicator, indicators) + shown, DiffWording.kind(c.kind, in: language),
                       side(c.old), side(c.new), source(c.old, in: language), source(c.new, in: language)])
        }
        out += table.render()
        if let flips { out += "\n" + flipTable(flips, in: language) }
        return out
    }

    public static func flipTable(_ comparison: ScorecardComparison, in language: Language = .en) -> String {
        guard !comparison.flips.isEmpty else { return ReportTerm.noVerdictFlips.text(in: language) + "\n" }
        let t = { (term: ReportTerm, right: Bool, priority: Int, wraps: Bool) in
            TextTable.Column(term.text(in: language), right: right, priority: priority, wraps: wraps)
        }
        var table = TextTable(columns: [t(.scope, false, 0, false), t(.indicator, false, 0, true), t(.oldVerdict, false, 0, true),
                                        t(.newVerdict, false, 0, true), t(.old, true, 1, false), t(.new, true, 1, false),
                                        t(.oldTarget, false, 0, true), t(.newTarget, false, 0, true), t(.cause, false, 3, false)])
        for f in comparison.flips {
            let shown = observed(f)
            table.add([f.scope, f.indicatorZh, ScorecardWording.verdict(f.old.verdict, in: language), ScorecardWording.verdict(f.new.verdict, in: language),
                       shown.old, shown.new,
                       ComparatorText.describe(f.old.effectiveComparator), ComparatorText.describe(f.new.effectiveComparator),
                       DiffWording.causes(f.causes, in: language)])
        }
        return (language == .zh ? "判定翻转：" : "verdict flips: ") + "\(comparison.flips.count)\n" + table.render()
    }

    /// Each side's observed value; one value observed on both sides is written alike, with the
    /// more decimals either side needs (`4.52` twice, not `4.5` against ≤ 5 and `4.52` against
    /// ≈ 4.5, which would read as a change in the data).
    static func observed(_ f: VerdictFlip) -> (old: String, new: String) {
        let (old, new) = (ScorecardText.observed(f.old), ScorecardText.observed(f.new))
        guard f.old.observed != nil, f.old.observed == f.new.observed, !old.contains("→"), !new.contains("→") else { return (old, new) }
        let longer = old.count >= new.count ? old : new
        return (longer, longer)
    }

    static func targetJSON(_ t: Target?) -> JSONValue {
        guard let t else { return .null }
        return .object([
            ("plan", .string(t.plan)), ("indicator", .string(t.indicator)),
            ("comparator", .string(t.comparator.code)), ("value", .optional(t.comparator.value)),
            ("tolerance", .optional(t.comparator.tolerance)), ("target", .string(ComparatorText.describe(t.comparator))),
            ("period", .string(t.period.description)),
            ("source", .object([("file", .string(t.provenance.seedFile)), ("line", .number(Double(t.provenance.seedLine))),
                                ("attachment", .optional(t.provenance.attachment)), ("text", .string(t.provenance.text))])),
        ])
    }

    static func planJSON(_ p: Plan) -> JSONValue {
        .object([("plan", .string(p.id)), ("document", .string(p.document)), ("title", .string(p.title)), ("file", .string(p.file))])
    }

    public static func json(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("old", planJSON(diff.old)), ("new", planJSON(diff.new)),
            ("changes", .array(diff.changes.map { c in
                .object([("scope", .string(c.scope)), ("indicator", .string(c.indicator)),
                         ("indicator_zh", .string(name(c.indicator, indicators))), ("change", .string(c.kind.rawValue)),
                         ("old", targetJSON(c.old)), ("new", targetJSON(c.new)), ("note", .optional(c.note.map { noteJSON($0, of: c) }))])
            })),
        ]
        if let flips {
            members.append(("flips", .array(flips.flips.map { f in
                .object([("scope", .string(f.scope)), ("indicator", .string(f.indicator)), ("indicator_zh", .string(f.indicatorZh)),
                         ("old_verdict", .string(f.old.verdict.rawValue)), ("new_verdict", .string(f.new.verdict.rawValue)),
                         ("old_observed", .optional(f.old.observed)), ("new_observed", .optional(f.new.observed)),
                         ("old_target", .string(ComparatorText.describe(f.old.effectiveComparator))),
                         ("new_target", .string(ComparatorText.describe(f.new.effectiveComparator))),
                         ("causes", .array(f.causes.map { .string($0.rawValue) }))])
            })))
        }
        return .object(members)
    }

    public static func markdown(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog, in language: Language = .en) -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        func header(_ terms: [ReportTerm]) -> String {
            "| " + terms.map { $0.text(in: language) }.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: terms.count) + "\n"
        }
        var out = "# \(esc(diff.old.id)) → \(esc(diff.new.id))\n\n" + header([.scope, .indicator, .change, .old, .new, .oldSource, .newSource])
        for c in DiffSheets.grouped(diff) where c.kind != .unchanged {
            out += "| " + [c.scope, name(c.indicator, indicators), DiffWording.kind(c.kind, in: language), side(c.old), side(c.new),
                           source(c.old, in: language), source(c.new, in: language)]
                .map(esc).joined(separator: " | ") + " |\n"
        }
        if let flips, !flips.flips.isEmpty {
            out += (language == .zh ? "\n## 判定翻转\n\n" : "\n## Verdict flips\n\n") + header([.scope, .indicator, .old, .new, .cause])
            for f in flips.flips {
                out += "| " + [f.scope, f.indicatorZh, ScorecardWording.verdict(f.old.verdict, in: language),
                               ScorecardWording.verdict(f.new.verdict, in: language), DiffWording.causes(f.causes, in: language)]
                    .map(esc).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }
}
