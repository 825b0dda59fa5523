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
    static func source(_ t: Target?) -> String { t.map { "\($0.provenance.seedFile):\($0.provenance.seedLine)" } ?? "" }
    static func name(_ id: String, _ catalog: IndicatorCatalog) -> String { catalog[id]?.zh ?? id }

    public static func table(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog, showUnchanged: Bool = false) -> String {
        var out = "\(diff.old.id) (\(diff.old.document)) → \(diff.new.id) (\(diff.new.document))\n"
        out += "changes: " + TargetChange.Kind.allCases.compactMap { k in
            let n = diff.changes.filter { $0.kind == k }.count
            return n > 0 ? "\(k.rawValue) \(n)" : nil
        }.joined(separator: " · ") + "\n\n"
        var table = TextTable(columns: [.init("scope"), .init("indicator", wraps: true), .init("change"), .init("old", wraps: true),
                                        .init("new", wraps: true), .init("old source", priority: 4), .init("new source", priority: 3)])
        for c in diff.changes where showUnchanged || c.kind != .unchanged {
            table.add([c.scope, name(c.indicator, indicators) + (c.note.map { "  (\(ScorecardWording.change($0, of: c)))" } ?? ""), c.kind.rawValue,
                       side(c.old), side(c.new), source(c.old), source(c.new)])
        }
        out += table.render()
        if let flips { out += "\n" + flipTable(flips) }
        return out
    }

    public static func flipTable(_ comparison: ScorecardComparison) -> String {
        guard !comparison.flips.isEmpty else { return "no verdict flips\n" }
        var table = TextTable(columns: [.init("scope"), .init("indicator", wraps: true), .init("old verdict", wraps: true),
                                        .init("new verdict", wraps: true), .init("old", right: true, priority: 1), .init("new", right: true, priority: 1),
                                        .init("old target", wraps: true), .init("new target", wraps: true),
                                        .init("cause", priority: 3)])
        for f in comparison.flips {
            let shown = observed(f)
            table.add([f.scope, f.indicatorZh, f.old.verdict.label, f.new.verdict.label, shown.old, shown.new,
                       ComparatorText.describe(f.old.effectiveComparator), ComparatorText.describe(f.new.effectiveComparator),
                       f.causes.map(\.rawValue).joined(separator: ", ")])
        }
        return "verdict flips: \(comparison.flips.count)\n" + table.render()
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
                         ("old", targetJSON(c.old)), ("new", targetJSON(c.new)), ("note", .optional(c.note.map { ScorecardWording.change($0, of: c) }))])
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

    public static func markdown(_ diff: PlanDiff, flips: ScorecardComparison?, indicators: IndicatorCatalog) -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "# \(esc(diff.old.id)) → \(esc(diff.new.id))\n\n| scope | indicator | change | old | new | old source | new source |\n|---|---|---|---|---|---|---|\n"
        for c in diff.changes where c.kind != .unchanged {
            out += "| " + [c.scope, name(c.indicator, indicators), c.kind.rawValue, side(c.old), side(c.new), source(c.old), source(c.new)]
                .map(esc).joined(separator: " | ") + " |\n"
        }
        if let flips, !flips.flips.isEmpty {
            out += "\n## Verdict flips\n\n| scope | indicator | old | new | cause |\n|---|---|---|---|---|\n"
            for f in flips.flips {
                out += "| " + [f.scope, f.indicatorZh, f.old.verdict.label, f.new.verdict.label, f.causes.map(\.rawValue).joined(separator: ", ")]
                    .map(esc).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }
}
