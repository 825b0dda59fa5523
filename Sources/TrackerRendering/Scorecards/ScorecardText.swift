import TrackerEvaluation
import TrackerModel

/// A scorecard as text: the terminal table, Markdown, CSV and JSON share these cell texts so the
/// formats never disagree.
///
/// ```swift
/// print(ScorecardText.table(card))
/// ```
public enum ScorecardText {
    static func observed(_ r: ScorecardRow) -> String { r.observed.map { NumberFormat.fixed($0, r.precision) } ?? "—" }
    static func compared(_ r: ScorecardRow) -> String {
        guard let c = r.comparedValue else { return "—" }
        if case .rounded = r.target.comparison { return NumberFormat.plain(c) }
        return NumberFormat.plain(c)
    }
    static func target(_ r: ScorecardRow) -> String { ComparatorText.describe(r.effectiveComparator) }
    static func margin(_ r: ScorecardRow) -> String { r.margin.map { NumberFormat.signed($0, r.precision) } ?? "" }
    static func source(_ r: ScorecardRow) -> String {
        let p = r.target.provenance
        return [p.attachment ?? "", "\(p.seedFile):\(p.seedLine)"].filter { !$0.isEmpty }.joined(separator: " ")
    }
    static func summaryLine(_ card: Scorecard) -> String {
        let s = card.summary
        return Verdict.allCases.compactMap { v in s[v].map { "\(v.rawValue) \($0)" } }.joined(separator: " · ")
    }

    public static func header(_ card: Scorecard) -> String {
        var lines = ["\(card.title)（\(card.document)）",
                     "plan \(card.plan) · as of \(card.asOf) · \(card.isFinal ? "final" : "provisional (year to date)")"]
        for s in card.sources { lines.append("data: \(s.file) (\(s.layout), \(s.encoding))") }
        lines.append("rows read \(card.rowsRead), used \(card.rowsUsed), skipped \(card.skipped.count)")
        lines.append("summary: \(summaryLine(card))")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func table(_ card: Scorecard) -> String {
        var out = header(card)
        for level in ScopeLevel.allCases {
            let rows = card.rows.filter { $0.target.scopeLevel == level }
            guard !rows.isEmpty else { continue }
            var table = TextTable(columns: [
                .init("scope"), .init("indicator"), .init("observed", right: true), .init("target"), .init("unit"),
                .init("margin", right: true), .init("verdict"), .init("valid days", right: true), .init("rest of period must"),
                .init("source"),
            ])
            for r in rows {
                table.add([r.scope, r.indicatorZh, observed(r), target(r), r.unit.symbol, margin(r), r.verdict.label,
                           r.validDays.map(String.init) ?? "", r.requiredRest?.text ?? "", source(r)])
            }
            out += "\n" + level.rawValue + "\n" + table.render()
        }
        out += leagueTables(card)
        for d in card.skipped { out += "skipped: \(d.description)\n" }
        return out
    }

    /// Streets ranked per street indicator, best first, each with its own target.
    public static func leagueTables(_ card: Scorecard) -> String {
        var out = ""
        let streetRows = card.rows.filter { $0.target.scopeLevel == .street && $0.observed != nil }
        var indicators: [String] = []
        for r in streetRows where !indicators.contains(r.indicator) { indicators.append(r.indicator) }
        for id in indicators {
            let rows = streetRows.filter { $0.indicator == id }
            guard rows.count > 1, let first = rows.first else { continue }
            let lowerBetter = first.polarity == .lowerIsBetter
            let ranked = rows.sorted { a, b in
                let (x, y) = (a.observed!, b.observed!)
                return x != y ? (lowerBetter ? x < y : x > y) : a.scope < b.scope
            }
            var table = TextTable(columns: [.init("#", right: true), .init("street"), .init("observed", right: true),
                                            .init("target"), .init("verdict")])
            for (i, r) in ranked.enumerated() {
                table.add([String(i + 1), r.scope, observed(r), target(r), r.verdict.label])
            }
            out += "\nleague: \(first.indicatorZh) (\(first.unit.symbol))\n" + table.render()
        }
        return out
    }

    public static func markdown(_ card: Scorecard) -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "# \(esc(card.title))\n\n\(esc(card.document)) · plan `\(card.plan)` · as of \(card.asOf) · "
            + (card.isFinal ? "final" : "provisional") + "\n\n**Summary:** \(summaryLine(card))\n\n"
        out += "| scope | indicator | observed | target | unit | margin | verdict | valid days | rest of period must | source |\n"
        out += "|---|---|--:|---|---|--:|---|--:|---|---|\n"
        for r in card.rows {
            out += "| " + [r.scope, r.indicatorZh, observed(r), target(r), r.unit.symbol, margin(r), r.verdict.label,
                           r.validDays.map(String.init) ?? "", r.requiredRest?.text ?? "", source(r)].map(esc).joined(separator: " | ") + " |\n"
        }
        return out
    }

    static let csvHeader = ["plan", "as_of", "scope", "scope_level", "indicator", "indicator_zh", "observed", "compared_value",
                            "comparator", "target", "tolerance", "unit", "verdict", "margin", "required_rest", "required_rest_text",
                            "valid_days", "notes", "document", "attachment", "source_file", "source_line"]

    public static func csv(_ card: Scorecard) -> String {
        var out = CSVText.line(csvHeader)
        for r in card.rows {
            let p = r.target.provenance
            out += CSVText.line([
                card.plan, card.asOf.description, r.scope, r.target.scopeLevel.rawValue, r.indicator, r.indicatorZh,
                r.observed.map(NumberFormat.plain) ?? "", r.comparedValue.map(NumberFormat.plain) ?? "",
                r.effectiveComparator.code, target(r), r.effectiveComparator.tolerance.map(NumberFormat.plain) ?? "",
                r.unit.symbol, r.verdict.rawValue, r.margin.map(NumberFormat.plain) ?? "",
                r.requiredRest.map { NumberFormat.plain($0.value) } ?? "", r.requiredRest?.text ?? "",
                r.validDays.map(String.init) ?? "", r.notes.joined(separator: "; "), p.document, p.attachment ?? "",
                p.seedFile, String(p.seedLine),
            ])
        }
        return out
    }

    public static func json(_ card: Scorecard) -> JSONValue {
        .object([
            ("plan", .string(card.plan)),
            ("document", .string(card.document)),
            ("as_of", .string(card.asOf.description)),
            ("final", .bool(card.isFinal)),
            ("rows_read", .number(Double(card.rowsRead))),
            ("rows_used", .number(Double(card.rowsUsed))),
            ("rows_skipped", .array(card.skipped.map { .string($0.description) })),
            ("summary", .object(Verdict.allCases.compactMap { v in card.summary[v].map { (v.rawValue, .number(Double($0))) } })),
            ("results", .array(card.rows.map { r in
                let p = r.target.provenance
                return .object([
                    ("scope", .string(r.scope)),
                    ("scope_level", .string(r.target.scopeLevel.rawValue)),
                    ("indicator", .string(r.indicator)),
                    ("indicator_zh", .string(r.indicatorZh)),
                    ("observed", .optional(r.observed)),
                    ("compared_value", .optional(r.comparedValue)),
                    ("comparator", .string(r.effectiveComparator.code)),
                    ("target", .optional(r.effectiveComparator.value)),
                    ("target_text", .string(target(r))),
                    ("tolerance", .optional(r.effectiveComparator.tolerance)),
                    ("unit", .string(r.unit.symbol)),
                    ("verdict", .string(r.verdict.rawValue)),
                    ("margin", .optional(r.margin)),
                    ("required_rest", r.requiredRest.map { .object([("value", .number($0.value)), ("text", .string($0.text))]) } ?? .null),
                    ("seasonal_projection", .optional(r.seasonalProjection)),
                    ("valid_days", .optional(r.validDays)),
                    ("notes", .array(r.notes.map { .string($0) })),
                    ("resolved_from", .optional(r.resolvedFrom)),
                    ("source", .object([
                        ("document", .string(p.document)), ("attachment", .optional(p.attachment)),
                        ("file", .string(p.seedFile)), ("line", .number(Double(p.seedLine))), ("text", .string(p.text)),
                    ])),
                ])
            })),
        ])
    }
}

import Foundation
