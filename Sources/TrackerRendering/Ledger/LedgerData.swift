import TrackerEvaluation
import TrackerModel

/// The ledger's history and changes as data (`tracker history|changes --format csv|json`): JSON
/// with English keys, the same bytes in both languages (like the scorecard's); CSV with one row
/// per point or per move, headers and words in the language chosen (docs/ledger.md).
///
/// ```swift
/// LedgerData.changesJSON(changes).text(pretty: true)
/// // {"moves": [{"plan": "xicheng-2025", "from": "2025-03", "to": "2025-04", …, "kind": "new_miss",
/// //   "causes": [{"cause": "data_changed", "values": [{"month": "2025-04", "scope": "德胜街道", …, "old": 26.2, "new": 36.2}]}]}],
/// //  "revisions": […]}
/// LedgerData.historyCSV(history, in: .zh)   // 计划,范围,指标,目标,月份,修订版,实测,判定 …
/// ```
public enum LedgerData {
    // MARK: history

    /// `{"plans": [{"plan", "months": [{"month", "revision"}], "lines": [{"scope", "indicator",
    /// "indicator_zh", "target", "points": [{"month", "observed", "observed_text", "verdict"}]}]}]}`;
    /// a line's points are the months that have it.
    public static func historyJSON(_ history: LedgerHistory) -> JSONValue {
        .object([("plans", .array(history.plans.map { plan in
            .object([
                ("plan", .string(plan.plan)),
                ("months", .array(zip(plan.months, plan.revisions).map { month, revision in
                    .object([("month", .string(month.description)), ("revision", .number(Double(revision)))])
                })),
                ("lines", .array(plan.lines.map { line in
                    .object([
                        ("scope", .string(line.scope)), ("indicator", .string(line.indicator)),
                        ("indicator_zh", .string(line.indicatorZh)), ("target", .string(line.target)),
                        ("points", .array(zip(plan.months, line.points).compactMap { month, point in
                            point.map { p in
                                .object([("month", .string(month.description)), ("observed", .optional(p.observed)),
                                         ("observed_text", .string(p.observedText)), ("verdict", .string(p.verdict.rawValue))])
                            }
                        })),
                    ])
                })),
            ])
        }))])
    }

    /// One row per plan, line and recorded month that has the line: plan, scope, indicator,
    /// target, month, revision, observed (as the scorecard prints it), verdict.
    public static func historyCSV(_ history: LedgerHistory, in language: Language) -> String {
        var out = CSVText.line([ReportTerm.plan.text(in: language), ReportTerm.scope.text(in: language),
                                ReportTerm.indicator.text(in: language), ReportTerm.target.text(in: language),
                                LedgerWording.monthColumn(in: language), LedgerWording.revisionColumn(in: language),
                                ReportTerm.observed.text(in: language), ReportTerm.verdict.text(in: language)])
        for plan in history.plans {
            for line in plan.lines {
                for (i, point) in line.points.enumerated() {
                    guard let point else { continue }
                    out += CSVText.line([plan.plan, line.scope, line.indicatorZh, line.target, plan.months[i].description,
                                         String(plan.revisions[i]), point.observedText, verdict(point.verdict, in: language)])
                }
            }
        }
        return out
    }

    // MARK: changes

    /// `{"moves": [{"plan", "from", "to", "scope", "indicator", "indicator_zh", "period", "kind",
    /// "before": {…}, "after": {…}, "causes": [{"cause", …detail}]}], "revisions": [{"plan",
    /// "recorded_month", "from_revision", "to_revision", "month", "scope", "indicator",
    /// "indicator_zh", "old", "new"}]}`; each cause is diff's `VerdictFlip.Cause` raw value with
    /// what the ledger knows of it.
    public static func changesJSON(_ changes: LedgerChanges) -> JSONValue {
        .object([
            ("moves", .array(changes.moves.map { m in
                .object([
                    ("plan", .string(m.plan)), ("from", .string(m.from.description)), ("to", .string(m.to.description)),
                    ("scope", .string(m.scope)), ("indicator", .string(m.after.indicator)), ("indicator_zh", .string(m.indicatorZh)),
                    ("period", .optional(m.after.period?.description)), ("kind", .string(m.kind.rawValue)),
                    ("before", row(m.before)), ("after", row(m.after)),
                    ("causes", .array(m.reasons.map(reason))),
                ])
            })),
            ("revisions", .array(changes.revisions.map { r in
                .object([("plan", .string(r.plan)), ("recorded_month", .string(r.month.description)),
                         ("from_revision", .number(Double(r.fromRevision))), ("to_revision", .number(Double(r.toRevision)))]
                        + revisedMembers(r))
            })),
        ])
    }

    /// One row per move: plan, from, to, scope, indicator, target, change, the old and new
    /// observed values and verdicts, the causes and what the ledger knows of them (as the table
    /// words them, without the cause). The
    /// values revisions changed are in each `data_changed` detail, and all of them in the JSON.
    public static func changesCSV(_ changes: LedgerChanges, in language: Language) -> String {
        var out = CSVText.line([ReportTerm.plan.text(in: language), LedgerWording.fromColumn(in: language),
                                LedgerWording.toColumn(in: language), ReportTerm.scope.text(in: language),
                                ReportTerm.indicator.text(in: language), ReportTerm.target.text(in: language),
                                ReportTerm.change.text(in: language), ReportTerm.oldObserved.text(in: language),
                                ReportTerm.oldVerdict.text(in: language), ReportTerm.newObserved.text(in: language),
                                ReportTerm.newVerdict.text(in: language), ReportTerm.cause.text(in: language),
                                LedgerWording.detailColumn(in: language)])
        for m in changes.moves {
            out += CSVText.line([m.plan, m.from.description, m.to.description, m.scope, m.indicatorZh, m.target,
                                 language == .zh ? LedgerWording.kind(m.kind, in: language) : m.kind.rawValue,
                                 m.before.observedText, verdict(m.before.verdict, in: language),
                                 m.after.observedText, verdict(m.after.verdict, in: language),
                                 DiffWording.causes(m.causes, in: language),
                                 m.reasons.compactMap { LedgerWording.detail($0, in: language) }.joined(separator: language.pick("；", "; "))])
        }
        return out
    }

    // MARK: parts

    /// A verdict in CSV as the scorecard's CSV gives it: the code in English, the word in Chinese.
    static func verdict(_ verdict: Verdict, in language: Language) -> String {
        language == .zh ? ScorecardWording.verdictZh(verdict) : verdict.rawValue
    }

    static func row(_ row: LedgerEntry.Row) -> JSONValue {
        .object([("target", .string(row.target)), ("observed", .optional(row.observed)),
                 ("observed_text", .string(row.observedText)), ("verdict", .string(row.verdict.rawValue))])
    }

    static func revisedMembers(_ r: LedgerChanges.Revised) -> [(String, JSONValue)] {
        [("month", .string(r.valueMonth.description)), ("scope", .string(r.scope)), ("indicator", .string(r.indicator)),
         ("indicator_zh", .string(r.indicatorZh)), ("old", .optional(r.before)), ("new", .optional(r.after))]
    }

    static func reason(_ reason: LedgerChanges.Reason) -> JSONValue {
        var members: [(String, JSONValue)] = [("cause", .string(reason.cause.rawValue))]
        switch reason {
        case .newMonthOfData(let month):
            members.append(("month", .string(month.description)))
        case .revisedData(let values):
            members.append(("values", .array(values.map { r in
                .object([("from_revision", .number(Double(r.fromRevision))), ("to_revision", .number(Double(r.toRevision)))]
                        + revisedMembers(r))
            })))
        case .targetChanged(let old, let new, let how):
            members += [("old", .string(old)), ("new", .string(new)), ("how", .string(how.rawValue))]
        case .standardChanged(.publishedDecimals(let from, let to)):
            members += [("change", .string("published_decimals")), ("old", .number(Double(from))), ("new", .number(Double(to)))]
        case .standardChanged(.catalog):
            members.append(("change", .string("catalog")))
        case .standardChanged(.aqiStandard(let from, let to)):
            members += [("change", .string("aqi_standard")), ("old", .optional(from)), ("new", .optional(to))]
        }
        return .object(members)
    }
}
