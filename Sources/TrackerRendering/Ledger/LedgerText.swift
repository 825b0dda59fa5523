import TrackerEvaluation
import TrackerModel

/// Renders the ledger's history and changes (`tracker history`, `tracker changes`).
///
/// ```swift
/// print(LedgerText.history(LedgerHistory(entries), in: .zh))
/// // 计划 xicheng-2025（2025-03 修订第 2 版）
/// // 范围    指标           目标  2025-01       2025-02       2025-03
/// // 西城区  PM2.5年均浓度  ≤ 32  34.1 ! 有风险  33.0 ! 有风险  31.9 ✔ 预计达标
/// ```
public enum LedgerText {
    public static func history(_ history: LedgerHistory, in language: Language) -> String {
        guard !history.plans.isEmpty else { return LedgerWording.empty(in: language) + "\n" }
        var out = ""
        for plan in history.plans {
            out += (out.isEmpty ? "" : "\n") + LedgerWording.planTitle(plan.plan, revisions: Array(zip(plan.months, plan.revisions)), in: language) + "\n"
            let recent = plan.months.count
            var columns: [TextTable.Column] = [.init(ReportTerm.scope.text(in: language)), .init(ReportTerm.indicator.text(in: language), wraps: true),
                                               .init(ReportTerm.target.text(in: language), priority: 2)]
            // The older months leave a narrow terminal first.
            for (i, month) in plan.months.enumerated() { columns.append(.init(month.description, priority: i == recent - 1 ? 0 : 3 + recent - i)) }
            var table = TextTable(columns: columns)
            for line in plan.lines {
                table.add([line.scope, line.indicatorZh, line.target] + line.points.map { point in
                    guard let point else { return "" }
                    let value = point.observedText.isEmpty ? "—" : point.observedText
                    return value + " " + ScorecardWording.verdict(point.verdict, in: language)
                })
            }
            out += table.render()
        }
        return out
    }

    public static func changes(_ changes: LedgerChanges, in language: Language) -> String {
        var out = ""
        if changes.moves.isEmpty {
            out += LedgerWording.noChanges(in: language) + "\n"
        } else {
            var table = TextTable(columns: [
                .init(ReportTerm.plan.text(in: language), priority: 4), .init(LedgerWording.monthsColumn(in: language)),
                .init(ReportTerm.scope.text(in: language)), .init(ReportTerm.indicator.text(in: language), wraps: true),
                .init(ReportTerm.target.text(in: language), priority: 2), .init(ReportTerm.change.text(in: language)),
                .init(ReportTerm.oldVerdict.text(in: language)), .init(ReportTerm.newVerdict.text(in: language)),
                .init(ReportTerm.cause.text(in: language), priority: 1),
            ])
            for m in changes.moves {
                table.add([m.plan, LedgerWording.between(m.from, m.to, in: language), m.scope, m.indicatorZh, m.target,
                           LedgerWording.kind(m.kind, in: language),
                           (m.before.observedText.isEmpty ? "" : m.before.observedText + " ") + ScorecardWording.verdict(m.before.verdict, in: language),
                           (m.after.observedText.isEmpty ? "" : m.after.observedText + " ") + ScorecardWording.verdict(m.after.verdict, in: language),
                           LedgerWording.reasons(m.reasons, in: language)])
            }
            out += table.render()
        }
        out += "\n" + LedgerWording.revisedHeading(in: language) + (language == .zh ? "：\n" : ":\n")
        if changes.revisions.isEmpty { return out + "  " + LedgerWording.noRevisions(in: language) + "\n" }
        for r in changes.revisions {
            out += "  " + LedgerWording.revisedValue(r) + "  " + LedgerWording.revisions(r.fromRevision, r.toRevision, in: language) + "\n"
        }
        return out
    }
}
