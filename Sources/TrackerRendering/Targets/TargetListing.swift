import TrackerModel

/// Renders a list of targets (`tracker targets list`) as a table, CSV or JSON.
/// The JSON is a stable interface, documented in docs/targets.md.
///
/// ```swift
/// TargetListing.json(set.allTargets, in: set).text(pretty: true)
/// ```
public enum TargetListing {
    public static func table(_ targets: [Target], in set: TargetSet, language: Language = .en) -> String {
        // Priorities for a narrow terminal: 0 always shown, higher numbers leave first for a detail line.
        let columns: [(ReportTerm, Int, Bool)] = [(.plan, 6, false), (.scope, 0, false), (.indicator, 0, true), (.target, 0, true),
                                                  (.unit, 1, false), (.period, 3, false), (.deadline, 4, false), (.source, 5, false)]
        var table = TextTable(columns: columns.map { TextTable.Column($0.0.text(in: language), priority: $0.1, wraps: $0.2) })
        for t in targets {
            let indicator = set.indicators[t.indicator]
            table.add([t.plan, t.scope, indicator?.zh ?? t.indicator, ComparatorText.describe(t.comparator),
                       indicator?.unit.symbol ?? "", t.period.description, t.deadline.text,
                       DataWording.line(t.provenance, in: language)])
        }
        return table.render() + (language == .zh ? "共 \(targets.count) 个目标\n" : "\(targets.count) targets\n")
    }

    static let csvHeader = ["plan", "document", "scope", "scope_level", "indicator", "indicator_zh", "comparator",
                            "value", "tolerance", "target", "unit", "period", "deadline", "source_file", "source_line",
                            "attachment", "source_text"]

    /// The same columns with Chinese names, for `--lang zh`.
    static let csvHeaderZh = ["计划", "文号", "范围", "范围级别", "指标代码", "指标", "比较方式",
                              "数值", "容差", "目标", "单位", "期限", "完成时限", "出处文件", "出处行",
                              "附件", "原文"]

    public static func csv(_ targets: [Target], in set: TargetSet, language: Language = .en) -> String {
        let zh = language == .zh
        var out = CSVText.line(zh ? csvHeaderZh : csvHeader)
        for t in targets {
            let indicator = set.indicators[t.indicator]
            out += CSVText.line([
                t.plan, t.provenance.document, t.scope, zh ? ReportTerm.level(t.scopeLevel).text(in: .zh) : t.scopeLevel.rawValue,
                t.indicator, indicator?.zh ?? "", ComparatorText.kind(t.comparator, in: language), t.comparator.value.map(NumberFormat.plain) ?? "",
                t.comparator.tolerance.map(NumberFormat.plain) ?? "", ComparatorText.describe(t.comparator),
                indicator?.unit.symbol ?? "", t.period.description, t.deadline.text, t.provenance.seedFile,
                String(t.provenance.seedLine), t.provenance.attachment ?? "", t.provenance.text,
            ])
        }
        return out
    }

    public static func json(_ targets: [Target], in set: TargetSet) -> JSONValue {
        .object([("targets", .array(targets.map { element($0, in: set) }))])
    }

    /// One target as the JSON interface presents it.
    public static func element(_ t: Target, in set: TargetSet) -> JSONValue {
        let indicator = set.indicators[t.indicator]
        var members: [(String, JSONValue)] = [
            ("plan", .string(t.plan)),
            ("document", .string(t.provenance.document)),
            ("scope", .string(t.scope)),
            ("scope_level", .string(t.scopeLevel.rawValue)),
            ("indicator", .string(t.indicator)),
            ("indicator_zh", .optional(indicator?.zh)),
            ("comparator", .string(t.comparator.code)),
            ("value", .optional(t.comparator.value)),
            ("tolerance", .optional(t.comparator.tolerance)),
            ("target", .string(ComparatorText.describe(t.comparator))),
            ("unit", .optional(indicator?.unit.symbol)),
            ("period", .string(t.period.description)),
            ("deadline", .string(t.deadline.text)),
        ]
        if case .between(_, let hi) = t.comparator { members.append(("upper", .number(hi))) }
        if case .reduction(let year, _, let relative) = t.comparator {
            members.append(("baseline_year", .number(Double(year))))
            members.append(("relative", .bool(relative)))
        }
        if case .anyOf(let alternatives) = t.comparator {
            members.append(("alternatives", .array(alternatives.map { a in
                .object([("comparator", .string(a.comparator.code)), ("value", .optional(a.comparator.value)),
                         ("condition", .optional(a.condition))])
            })))
        }
        if case .rounded(let n) = t.comparison { members.append(("compare_rounded_decimals", .number(Double(n)))) }
        if let inherited = t.inheritedFrom { members.append(("inherited_from", .string(inherited))) }
        if let part = t.partOf { members.append(("part_of", .string(part))) }
        if !t.owners.isEmpty { members.append(("owner", .array(t.owners.map { .string($0) }))) }
        if !t.assisting.isEmpty { members.append(("assist", .array(t.assisting.map { .string($0) }))) }
        members.append(("source", .object([
            ("file", .string(t.provenance.seedFile)),
            ("line", .number(Double(t.provenance.seedLine))),
            ("attachment", .optional(t.provenance.attachment)),
            ("task", .optional(t.provenance.task)),
            ("text", .string(t.provenance.text)),
            ("defined_at", .string(t.provenance.definedAt.description)),
        ])))
        return .object(members)
    }
}
