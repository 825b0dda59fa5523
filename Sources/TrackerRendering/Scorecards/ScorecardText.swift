import TrackerEvaluation
import TrackerModel

/// A scorecard as text: the terminal table, Markdown, CSV and JSON share these cell texts so the
/// formats never disagree.
///
/// ```swift
/// print(ScorecardText.table(card))
/// ```
public enum ScorecardText {
    /// The observed value at the indicator's precision, or with the decimals evaluation found it
    /// needs when the rounded text would seem to contradict the verdict (35.6 shown as 36 against
    /// ≥ 36, missed). Under `compare rounded N` the value as compared follows the full one: `31.46 → 31`.
    static func observed(_ r: ScorecardRow) -> String {
        guard let value = r.observed else { return "—" }
        if case .rounded = r.target.comparison, let compared = r.comparedValue {
            return NumberFormat.fixed(value, r.precision) + " → " + NumberFormat.plain(compared)
        }
        switch r.observedDigits {
        case .precision: return NumberFormat.fixed(value, r.precision)
        case .decimals(let d): return NumberFormat.fixed(value, d)
        case .full: return NumberFormat.plain(value)
        }
    }
    /// The observed value as a number at the digits `observed` shows it with ("" when none).
    static func observedNumber(_ r: ScorecardRow) -> String {
        guard let value = r.observed else { return "" }
        switch r.observedDigits {
        case .precision: return NumberFormat.fixed(value, r.precision)
        case .decimals(let d): return NumberFormat.fixed(value, d)
        case .full: return NumberFormat.plain(value)
        }
    }
    /// The value compared: already rounded under `compare rounded N`, else the observed one as shown.
    static func comparedNumber(_ r: ScorecardRow) -> String {
        guard let compared = r.comparedValue else { return "" }
        if case .rounded = r.target.comparison { return NumberFormat.plain(compared) }
        return observedNumber(r)
    }
    /// What the rest of the period must achieve, in words ("" when nothing is required).
    static func rest(_ r: ScorecardRow) -> String { r.requiredRest.map { ScorecardWording.requiredRest($0) } ?? "" }
    /// The row's notes in words, joined as every text format prints them.
    static func notes(_ r: ScorecardRow) -> String { ScorecardWording.notes(r).joined(separator: "; ") }
    static func target(_ r: ScorecardRow) -> String { ComparatorText.describe(r.effectiveComparator) }
    /// The margin at the indicator's precision, with more decimals when that would show a
    /// shortfall or headroom as 0.
    static func margin(_ r: ScorecardRow) -> String {
        guard let m = r.margin else { return "" }
        var decimals = r.precision
        while decimals < 6, m != 0, Double(NumberFormat.fixed(m, decimals)) == 0 { decimals += 1 }
        return NumberFormat.signed(m, decimals)
    }
    static func source(_ r: ScorecardRow) -> String {
        let p = r.target.provenance
        return [p.attachment ?? "", "\(p.seedFile):\(p.seedLine)"].filter { !$0.isEmpty }.joined(separator: " ")
    }
    static func summaryLine(_ card: Scorecard) -> String {
        let s = card.summary
        // What needs attention first: missed, off track, at risk, then the rest by severity.
        return Verdict.allCases.sorted { $0.severity < $1.severity }
            .compactMap { v in s[v].map { "\(v.rawValue) \($0)" } }.joined(separator: " · ")
    }

    public static func header(_ card: Scorecard) -> String {
        var lines = ["\(card.title)（\(card.document)）",
                     "plan \(card.plan) · as of \(card.asOf) · \(card.isFinal ? "final" : "provisional (year to date)")"]
        for s in card.sources { lines.append("data: \(s.file) (\(s.layout), \(s.encoding))") }
        lines.append("rows read \(card.rowsRead), used \(card.rowsUsed), skipped \(card.skipped.count)"
                     + (card.rowsOutsidePeriod > 0 ? " (\(card.rowsOutsidePeriod) outside the plan period, not evaluated)" : ""))
        lines.append("summary: \(summaryLine(card))")
        if let setAside = setAsideLine(card) { lines.append(setAside) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `colour` adds ANSI colours to verdicts (terminals only; the label and symbol stay).
    public static func table(_ card: Scorecard, colour: Bool = false) -> String {
        var out = header(card)
        for level in ScopeLevel.allCases {
            let rows = card.rowsShown.filter { $0.target.scopeLevel == level }
            guard !rows.isEmpty else { continue }
            var table = TextTable(columns: [
                .init("scope"), .init("indicator", wraps: true), .init("observed", right: true), .init("target", wraps: true),
                .init("unit", priority: 2), .init("margin", right: true, priority: 1), .init("verdict"),
                .init("valid days", right: true, priority: 4), .init("rest of period must", priority: 3), .init("source", priority: 5),
            ])
            for r in rows {
                table.add([r.scope, r.indicatorZh, observed(r), target(r), r.unit.symbol, margin(r), paint(r.verdict, colour),
                           r.validDays.map(String.init) ?? "", rest(r), source(r)])
            }
            out += "\n" + level.rawValue + "\n" + table.render()
            let notes = rows.filter { !$0.notes.isEmpty && $0.verdict != .notApplicable }
            if !notes.isEmpty {
                out += "notes:\n" + notes.map { TextTable.paragraph("\($0.scope) \($0.indicatorZh): \(self.notes($0))", indent: "  ") }.joined()
            }
        }
        out += leagueTables(card)
        for d in card.skipped { out += "skipped: \(d.description)\n" }
        return out
    }

    static func paint(_ verdict: Verdict, _ colour: Bool) -> String {
        guard colour else { return verdict.label }
        let code: String
        switch verdict {
        case .met, .onTrack: code = "32"
        case .withinTolerance, .atRisk: code = "33"
        case .missed, .offTrack: code = "31"
        default: code = "2"
        }
        return "\u{1B}[\(code)m\(verdict.label)\u{1B}[0m"
    }

    /// The rows of one level ranked per indicator, best first (ties by name), in the order the
    /// indicators first appear; only indicators with two or more observed scopes. The text
    /// league tables and the HTML report's league charts share this ranking.
    static func leagues(_ card: Scorecard, level: ScopeLevel = .street) -> [[ScorecardRow]] {
        let levelRows = card.rows.filter { $0.target.scopeLevel == level && $0.observed != nil }
        var indicators: [String] = []
        for r in levelRows where !indicators.contains(r.indicator) { indicators.append(r.indicator) }
        return indicators.compactMap { id in
            let rows = levelRows.filter { $0.indicator == id }
            guard rows.count > 1, let first = rows.first else { return nil }
            let lowerBetter = first.polarity == .lowerIsBetter
            return rows.sorted { a, b in
                let (x, y) = (a.observed!, b.observed!)
                return x != y ? (lowerBetter ? x < y : x > y) : a.scope < b.scope
            }
        }
    }

    /// Streets ranked per street indicator, best first, each with its own target.
    public static func leagueTables(_ card: Scorecard) -> String {
        var out = ""
        for ranked in leagues(card) {
            let first = ranked[0]
            var table = TextTable(columns: [.init("#", right: true), .init("street"), .init("observed", right: true),
                                            .init("target", wraps: true), .init("margin", right: true, priority: 1), .init("verdict")])
            for (i, r) in ranked.enumerated() {
                table.add([String(i + 1), r.scope, observed(r), target(r), margin(r), r.verdict.label])
            }
            out += "\nleague: \(first.indicatorZh) (\(first.unit.symbol))\n" + table.render()
        }
        return out
    }

    public static func markdown(_ card: Scorecard) -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "# \(esc(card.title))\n\n\(esc(card.document)) · plan `\(card.plan)` · as of \(card.asOf) · "
            + (card.isFinal ? "final" : "provisional") + "\n\n"
        for source in card.sources { out += "Data: `\(source.file)` (\(source.layout), \(source.encoding))  \n" }
        out += "Rows read \(card.rowsRead), used \(card.rowsUsed), skipped \(card.skipped.count)"
            + (card.rowsOutsidePeriod > 0 ? " (\(card.rowsOutsidePeriod) outside the plan period, not evaluated)" : "") + "\n\n"
        out += "**Summary:** \(summaryLine(card))\n\n"
        if let setAside = setAsideLine(card) { out += esc(setAside) + "\n\n" }
        out += "| scope | indicator | observed | target | unit | margin | verdict | valid days | rest of period must | source |\n"
        out += "|---|---|--:|---|---|--:|---|--:|---|---|\n"
        for r in card.rowsShown {
            out += "| " + [r.scope, r.indicatorZh, observed(r), target(r), r.unit.symbol, margin(r), r.verdict.label,
                           r.validDays.map(String.init) ?? "", rest(r), source(r)].map(esc).joined(separator: " | ") + " |\n"
        }
        // The notes and skipped rows, as the terminal table has them: nothing is left out of a report.
        let notes = card.rowsShown.filter { !$0.notes.isEmpty && $0.verdict != .notApplicable }
        if !notes.isEmpty {
            out += "\n**Notes**\n\n" + notes.map { "- \(esc($0.scope)) \(esc($0.indicatorZh)): \(esc(self.notes($0)))\n" }.joined()
        }
        if !card.skipped.isEmpty {
            out += "\n**Skipped rows**\n\n" + card.skipped.map { "- `\($0.description.replacingOccurrences(of: "`", with: "'"))`\n" }.joined()
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
                // Numbers as the table shows them (the indicator's precision, more where it must),
                // never float noise such as 0.1999999999999993; JSON keeps the full values.
                observedNumber(r), comparedNumber(r),
                r.effectiveComparator.code, target(r), r.effectiveComparator.tolerance.map(NumberFormat.plain) ?? "",
                r.unit.symbol, r.verdict.rawValue, margin(r).replacingOccurrences(of: "+", with: ""),
                r.requiredRest.map { NumberFormat.fixed($0.safeValue, $0.precision) } ?? "", rest(r),
                r.validDays.map(String.init) ?? "", notes(r), p.document, p.attachment ?? "",
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
            ("rows_outside_period", .number(Double(card.rowsOutsidePeriod))),
            ("rows_skipped", .array(card.skipped.map { .string($0.description) })),
            ("skipped_diagnostics", .array(card.skipped.map(JSONValue.diagnostic))),
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
                    ("required_rest", r.requiredRest.map { .object([("value", .number($0.value)), ("text", .string(ScorecardWording.requiredRest($0)))]) } ?? .null),
                    ("seasonal_projection", .optional(r.seasonalProjection)),
                    ("valid_days", .optional(r.validDays)),
                    ("notes", .array(ScorecardWording.notes(r).map { .string($0) })),
                    ("resolved_from", .optional(r.resolvedFrom.map { ScorecardWording.resolvedFrom($0) })),
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
