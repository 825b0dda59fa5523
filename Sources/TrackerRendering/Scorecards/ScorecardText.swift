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
    public static func observed(_ r: ScorecardRow) -> String {
        guard let value = r.observed else { return "—" }
        if case .rounded = r.comparison, let compared = r.comparedValue {
            return NumberFormat.fixed(value, r.precision) + " → " + NumberFormat.plain(compared)
        }
        // 口径敏感: the full value and the published one, which get different outcomes: both.
        if let b = r.boundary {
            return ScorecardWording.full(b.fullValue) + " → " + NumberFormat.fixed(b.publishedValue, b.publishedDecimals)
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
        if case .rounded = r.comparison { return NumberFormat.plain(compared) }
        if case .published = r.comparison, let d = r.publishedDecimals, r.boundary != nil { return NumberFormat.fixed(compared, d) }
        return observedNumber(r)
    }
    /// How a row's value was compared, as JSON names it: `published`, `full`, `rounded N`.
    static func comparisonCode(_ c: Target.Comparison) -> String {
        switch c {
        case .published: "published"
        case .full: "full"
        case .rounded(let d): "rounded \(d)"
        }
    }
    /// What the rest of the period must achieve, in words ("" when nothing is required).
    static func rest(_ r: ScorecardRow, in language: Language = .en) -> String {
        r.requiredRest.map { ScorecardWording.requiredRest($0, in: language) } ?? ""
    }
    /// The row's notes in words, joined as every text format prints them.
    static func notes(_ r: ScorecardRow, in language: Language = .en) -> String {
        ScorecardWording.notes(r, in: language).joined(separator: language == .zh ? "；" : "; ")
    }
    public static func target(_ r: ScorecardRow) -> String { ComparatorText.describe(r.effectiveComparator) }
    /// The margin at the indicator's precision, with more decimals when that would show a
    /// shortfall or headroom as 0.
    static func margin(_ r: ScorecardRow) -> String {
        guard let m = r.margin else { return "" }
        var decimals = r.precision
        while decimals < 6, m != 0, Double(NumberFormat.fixed(m, decimals)) == 0 { decimals += 1 }
        return NumberFormat.signed(m, decimals)
    }
    static func source(_ r: ScorecardRow, in language: Language = .en) -> String {
        DataWording.provenance(r.target.provenance, in: language)
    }
    static func summaryLine(_ card: Scorecard, in language: Language = .en) -> String {
        DataWording.verdictCounts(card.summary, in: language)
    }
    static func rows(_ card: Scorecard, in language: Language) -> String {
        DataWording.rows(read: card.rowsRead, used: card.rowsUsed, skipped: card.skipped.count, outside: card.rowsOutsidePeriod, in: language)
    }
    /// `label: ` / `标签：`.
    static func labelled(_ term: ReportTerm, _ language: Language) -> String {
        term.text(in: language) + (language == .zh ? "：" : ": ")
    }

    public static func header(_ card: Scorecard, in language: Language = .en) -> String {
        var lines = ["\(card.title)（\(card.document)）", DataWording.standing(card, in: language)]
        for s in card.sources { lines.append(DataWording.source(s, in: language)) }
        lines.append(rows(card, in: language))
        lines.append(labelled(.summary, language) + summaryLine(card, in: language))
        if let setAside = setAsideLine(card, in: language) { lines.append(setAside) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The columns of the terminal table and of Markdown.
    /// Each with its alignment, its priority when the table must narrow to the terminal (0: always
    /// shown; higher leave first for a detail line) and whether long texts wrap in it.
    static let tableColumns: [(term: ReportTerm, right: Bool, priority: Int, wraps: Bool)] = [
        (.scope, false, 0, false), (.indicator, false, 0, true), (.observed, true, 0, false), (.target, false, 0, true),
        (.unit, false, 2, false), (.margin, true, 1, false), (.verdict, false, 0, false), (.validDays, true, 4, false),
        (.restOfPeriod, false, 3, false), (.source, false, 5, false),
    ]

    /// `colour` adds ANSI colours to verdicts (terminals only; the label and symbol stay).
    public static func table(_ card: Scorecard, colour: Bool = false, in language: Language = .en) -> String {
        var out = header(card, in: language)
        for level in ScopeLevel.allCases {
            let rows = card.rowsShown.filter { $0.target.scopeLevel == level }
            guard !rows.isEmpty else { continue }
            var table = TextTable(columns: tableColumns.map { .init($0.term.text(in: language), right: $0.right, priority: $0.priority, wraps: $0.wraps) })
            // 同比 only when the data hold last year's months for some row of the level.
            let yearOnYear = rows.contains { $0.yearOnYear != nil }
            if yearOnYear { table.columns.insert(.init(ReportTerm.yearOnYear.text(in: language), right: true, priority: 3), at: 7) }
            for r in rows {
                var cells = [r.scope, r.indicatorZh, observed(r), target(r), r.unit.symbol, margin(r), paint(r.verdict, colour, in: language),
                             r.validDays.map(String.init) ?? "", rest(r, in: language), source(r, in: language)]
                if yearOnYear { cells.insert(self.yearOnYear(r), at: 7) }
                table.add(cells)
            }
            out += "\n" + ReportTerm.level(level).text(in: language) + "\n" + table.render()
            let notes = rows.filter { !$0.notes.isEmpty && $0.verdict != .notApplicable }
            if !notes.isEmpty {
                let colon = language == .zh ? "：" : ": "
                out += labelled(.notes, language).replacingOccurrences(of: " ", with: "") + "\n"
                    + notes.map { TextTable.paragraph("\($0.scope) \($0.indicatorZh)\(colon)\(self.notes($0, in: language))", indent: "  ") }.joined()
            }
        }
        out += leagueTables(card, in: language)
        for d in card.skipped { out += labelled(.skipped, language) + DiagnosticWording.line(d, in: language) + "\n" }
        return out
    }

    /// `-28.6% (98)`: the change in % and last year's displayed value.
    static func yearOnYear(_ r: ScorecardRow) -> String {
        guard let y = r.yearOnYear else { return "" }
        return (y.changePercent.map { NumberFormat.signed($0, 1) + "%" } ?? "—") + " (\(lastYear(r)))"
    }
    /// Last year's same months at that year's published precision (`83`, `49.9`); "" when unknown.
    static func lastYear(_ r: ScorecardRow) -> String {
        r.yearOnYear.map { NumberFormat.fixed($0.lastYearDisplayed, $0.lastYearDecimals) } ?? ""
    }
    /// The 同比 change in % to 0.1 as a plain number (`-6.0`); "" when unknown.
    static func yearOnYearPercent(_ r: ScorecardRow) -> String {
        r.yearOnYear?.changePercent.map { NumberFormat.fixed($0, 1) } ?? ""
    }

    static func paint(_ verdict: Verdict, _ colour: Bool, in language: Language = .en) -> String {
        let label = ScorecardWording.verdict(verdict, in: language)
        guard colour else { return label }
        let code: String
        switch verdict {
        case .met, .onTrack: code = "32"
        case .withinTolerance, .atRisk: code = "33"
        case .missed, .offTrack: code = "31"
        default: code = "2"
        }
        return "\u{1B}[\(code)m\(label)\u{1B}[0m"
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
    public static func leagueTables(_ card: Scorecard, in language: Language = .en) -> String {
        var out = ""
        for ranked in leagues(card) {
            let first = ranked[0]
            var table = TextTable(columns: [.init(ReportTerm.rank.text(in: language), right: true), .init(ReportTerm.level(.street).text(in: language)),
                                            .init(ReportTerm.observed.text(in: language), right: true),
                                            .init(ReportTerm.target.text(in: language), wraps: true),
                                            .init(ReportTerm.margin.text(in: language), right: true, priority: 1),
                                            .init(ReportTerm.verdict.text(in: language))])
            for (i, r) in ranked.enumerated() {
                table.add([String(i + 1), r.scope, observed(r), target(r), margin(r), ScorecardWording.verdict(r.verdict, in: language)])
            }
            out += language == .zh
                ? "\n排名：\(first.indicatorZh)（\(first.unit.symbol)）\n" + table.render()
                : "\nleague: \(first.indicatorZh) (\(first.unit.symbol))\n" + table.render()
        }
        return out
    }

    public static func markdown(_ card: Scorecard, in language: Language = .en) -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        let zh = language == .zh
        let status = (card.isFinal ? ReportTerm.final : .provisional).text(in: language)
        var out = "# \(esc(card.title))\n\n\(esc(card.document)) · \(ReportTerm.plan.text(in: language)) `\(card.plan)` · "
            + "\(ReportTerm.asOf.text(in: language)) \(card.asOf) · " + status + "\n\n"
        for source in card.sources {
            out += zh ? "数据：`\(source.file)`（\(DataWording.layout(source.layout, in: language))，\(DataWording.encoding(source.encoding, in: language))）  \n"
                : "Data: `\(source.file)` (\(source.layout), \(source.encoding))  \n"
        }
        let rows = self.rows(card, in: language)
        out += (zh ? rows : rows.prefix(1).uppercased() + rows.dropFirst()) + "\n\n"
        out += zh ? "**概况：** \(summaryLine(card, in: language))\n\n" : "**Summary:** \(summaryLine(card))\n\n"
        if let setAside = setAsideLine(card, in: language) { out += esc(setAside) + "\n\n" }
        // 同比 after the verdict, as in the terminal table, when some row has it.
        let withYearOnYear = card.rowsShown.contains { $0.yearOnYear != nil }
        var headers = tableColumns.map { $0.term.text(in: language) }
        var rule = ["---", "---", "--:", "---", "---", "--:", "---", "--:", "---", "---"]
        if withYearOnYear { headers.insert(ReportTerm.yearOnYear.text(in: language), at: 7); rule.insert("--:", at: 7) }
        out += "| " + headers.joined(separator: " | ") + " |\n"
        out += "|" + rule.joined(separator: "|") + "|\n"
        for r in card.rowsShown {
            var cells = [r.scope, r.indicatorZh, observed(r), target(r), r.unit.symbol, margin(r), ScorecardWording.verdict(r.verdict, in: language),
                         r.validDays.map(String.init) ?? "", rest(r, in: language), source(r, in: language)]
            if withYearOnYear { cells.insert(yearOnYear(r), at: 7) }
            out += "| " + cells.map(esc).joined(separator: " | ") + " |\n"
        }
        // The notes and skipped rows, as the terminal table has them: nothing is left out of a report.
        let notes = card.rowsShown.filter { !$0.notes.isEmpty && $0.verdict != .notApplicable }
        if !notes.isEmpty {
            let colon = zh ? "：" : ": "
            out += (zh ? "\n**说明**\n\n" : "\n**Notes**\n\n")
                + notes.map { "- \(esc($0.scope)) \(esc($0.indicatorZh))\(colon)\(esc(self.notes($0, in: language)))\n" }.joined()
        }
        if !card.skipped.isEmpty {
            out += (zh ? "\n**已跳过的行**\n\n" : "\n**Skipped rows**\n\n")
                + card.skipped.map { "- `\(DiagnosticWording.line($0, in: language).replacingOccurrences(of: "`", with: "'"))`\n" }.joined()
        }
        return out
    }

    static let csvHeader = ["plan", "as_of", "scope", "scope_level", "indicator", "indicator_zh", "observed", "compared_value",
                            "comparator", "target", "tolerance", "unit", "verdict", "margin", "required_rest", "required_rest_text",
                            "valid_days", "notes", "document", "attachment", "source_file", "source_line", "last_year", "year_on_year_pct"]
    /// The same columns with Chinese names, for `--lang zh` (the columns and their order do not change).
    static let csvHeaderZh = ["计划", "截至", "范围", "范围级别", "指标代码", "指标", "实测", "比较值",
                              "比较方式", "目标", "容差", "单位", "判定", "差距", "余下须（数值）", "余下须",
                              "有效天数", "说明", "文号", "附件", "出处文件", "出处行", ReportTerm.lastYear.pair.zh, ReportTerm.yearOnYearPercent.pair.zh]

    /// CSV for Excel: in English the machine names of the columns and verdicts (`at_risk`), as
    /// before, with 同比 last (`last_year`, `year_on_year_pct`); in Chinese the same columns under Chinese names, with the verdicts, scope levels and
    /// kinds of comparison in words. The numbers are the same in both.
    public static func csv(_ card: Scorecard, in language: Language = .en) -> String {
        let zh = language == .zh
        var out = CSVText.line(zh ? csvHeaderZh : csvHeader)
        for r in card.rows {
            let p = r.target.provenance
            out += CSVText.line([
                card.plan, card.asOf.description, r.scope,
                zh ? ReportTerm.level(r.target.scopeLevel).text(in: language) : r.target.scopeLevel.rawValue, r.indicator, r.indicatorZh,
                // Numbers as the table shows them (the indicator's precision, more where it must),
                // never float noise such as 0.1999999999999993; JSON keeps the full values.
                observedNumber(r), comparedNumber(r),
                zh ? ComparatorText.kind(r.effectiveComparator, in: language) : r.effectiveComparator.code,
                target(r), r.effectiveComparator.tolerance.map(NumberFormat.plain) ?? "",
                r.unit.symbol, zh ? ScorecardWording.verdictZh(r.verdict) : r.verdict.rawValue, margin(r).replacingOccurrences(of: "+", with: ""),
                r.requiredRest.map { NumberFormat.fixed($0.safeValue, $0.precision) } ?? "", rest(r, in: language),
                r.validDays.map(String.init) ?? "", notes(r, in: language), p.document, p.attachment ?? "",
                p.seedFile, String(p.seedLine),
                // 同比 (added last: the columns before keep their places): last year's displayed
                // value and the change in %, empty when the data hold no last year.
                lastYear(r), yearOnYearPercent(r),
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
                    ("published_value", .optional(r.publishedValue)),
                    ("published_decimals", .optional(r.publishedDecimals)),
                    ("comparison", .string(comparisonCode(r.comparison))),
                    ("boundary_sensitive", r.boundary.map { b in .object([
                        ("full", .string(b.full.rawValue)), ("published", .string(b.published.rawValue)),
                    ]) } ?? .null),
                    ("comparator", .string(r.effectiveComparator.code)),
                    ("target", .optional(r.effectiveComparator.value)),
                    ("target_text", .string(target(r))),
                    ("tolerance", .optional(r.effectiveComparator.tolerance)),
                    ("unit", .string(r.unit.symbol)),
                    ("verdict", .string(r.verdict.rawValue)),
                    ("margin", .optional(r.margin)),
                    ("required_rest", r.requiredRest.map { .object([("value", .number($0.value)), ("text", .string(ScorecardWording.requiredRest($0)))]) } ?? .null),
                    ("seasonal_projection", .optional(r.seasonalProjection)),
                    ("year_on_year", r.yearOnYear.map { y in .object([
                        ("from", .string(y.from.description)), ("to", .string(y.to.description)),
                        ("last_year", .number(y.lastYear)), ("last_year_displayed", .number(y.lastYearDisplayed)),
                        ("displayed", .number(y.displayed)), ("change_pct", .optional(y.changePercent)),
                    ] + YearOnYearWording.sourceJSON(y.source)) } ?? .null),
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
