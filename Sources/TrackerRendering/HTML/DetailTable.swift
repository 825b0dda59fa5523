import TrackerEvaluation
import TrackerModel

/// Every target of one scope level as a table row: value, target, margin, verdict, what the rest
/// must achieve, the data's validity with the notes, and the clause the target comes from
/// (document, attachment, seed file and line, the verbatim text) on the same row.
///
/// ```swift
/// html += DetailTable(rows: card.rows.filter { $0.target.scopeLevel == .street }).html()
/// ```
struct DetailTable {
    var rows: [ScorecardRow]

    static func levelName(_ level: ScopeLevel) -> Bilingual {
        switch level {
        case .city: Bilingual("市级", "city")
        case .district: Bilingual("区级", "district")
        case .street: Bilingual("街道", "streets")
        }
    }

    /// 同比 after the verdict, when some row has it (as the terminal table).
    var withYearOnYear: Bool { rows.contains { $0.yearOnYear != nil } }

    func html() -> String {
        var columns: [(Bilingual, Bool)] = [
            (Bilingual("范围", "scope"), false), (Bilingual("指标", "indicator"), false), (Bilingual("实测", "observed"), true),
            (Bilingual("目标", "target"), false), (Bilingual("单位", "unit"), false), (Bilingual("差距", "margin"), true),
            (Bilingual("判定", "verdict"), false), (Bilingual("余下须", "rest of period must"), false),
            (Bilingual("有效性与说明", "validity and notes"), false), (Bilingual("出处", "source"), false),
        ]
        if withYearOnYear {
            columns.insert((Bilingual(.yearOnYear), true), at: 7)
        }
        var out = "<table class=\"detail\"><thead><tr>"
        for (label, numeric) in columns { out += numeric ? "<th class=\"num\">\(label.html)</th>" : "<th>\(label.html)</th>" }
        out += "</tr></thead><tbody>\n"
        for r in rows { out += row(r) }
        return out + "</tbody></table>\n"
    }

    func row(_ r: ScorecardRow) -> String {
        var rest = ""
        if let rr = r.requiredRest { rest = Bilingual(rr).html }
        if let p = r.seasonalProjection {
            rest += (rest.isEmpty ? "" : "<br>") + Bilingual("季节性预测", "seasonal projection").html
                + " \(HTMLEscape.text(NumberFormat.fixed(p, r.precision)))"
        }
        return "<tr class=\"v-\(r.verdict.rawValue)\">"
            + "<td class=\"scope\">\(HTMLEscape.text(r.scope))</td>"
            + "<td>\(HTMLEscape.text(r.indicatorZh))<br><span class=\"meta\">\(HTMLEscape.text(r.indicator))</span></td>"
            + "<td class=\"num\">\(HTMLEscape.text(ScorecardText.observed(r)))</td>"
            + "<td>\(HTMLEscape.text(ScorecardText.target(r)))</td>"
            + "<td>\(HTMLEscape.text(r.unit.symbol))</td>"
            + "<td class=\"num\">\(HTMLEscape.text(ScorecardText.margin(r)))</td>"
            + "<td>\(VerdictBadge.html(r.verdict))</td>"
            + (withYearOnYear ? "<td class=\"num\">\(HTMLEscape.text(ScorecardText.yearOnYear(r)))</td>" : "")
            + "<td class=\"rest\">\(rest)</td>"
            + "<td class=\"valid\">\(validity(r))</td>"
            + "<td class=\"prov\">\(provenance(r))</td></tr>\n"
    }

    /// Valid days against the days elapsed (both from evaluation), the months of data, and the evaluator's notes (short
    /// months, missing months, exclusions, conditions).
    func validity(_ r: ScorecardRow) -> String {
        var parts: [String] = []
        if let d = r.validDays {
            parts.append(Bilingual("有效天数", "valid days").html + " \(d) / \(r.elapsedDays.map(String.init) ?? "—")")
        }
        if !r.monthly.isEmpty {
            parts.append(Bilingual("月数据", "months of data").html + " \(r.monthly.count)")
        }
        var out = parts.joined(separator: "<br>")
        let notes = zip(ScorecardWording.notes(r, in: .zh), ScorecardWording.notes(r, in: .en))
        if !r.notes.isEmpty {
            out += "<ul class=\"notes\">" + notes.map { "<li>\(Bilingual($0.0, $0.1).html)</li>" }.joined() + "</ul>"
        }
        return out
    }

    /// The clause: document, attachment, seed file and line, then the verbatim text.
    func provenance(_ r: ScorecardRow) -> String {
        let p = r.target.provenance
        var out = HTMLEscape.text([p.document, p.attachment ?? "", "\(p.seedFile):\(p.seedLine)"].filter { !$0.isEmpty }.joined(separator: " · "))
        out += "<q>\(HTMLEscape.text(p.text))</q>"
        if let task = p.task { out += Bilingual("任务", "task").html + " \(HTMLEscape.text(task))<br>" }
        if !r.alsoStatedAt.isEmpty {
            out += Bilingual("另见行", "also stated at line").html + " \(r.alsoStatedAt.map(String.init).joined(separator: ", "))<br>"
        }
        if let inherited = r.target.inheritedFrom { out += Bilingual("来自", "via").html + " \(HTMLEscape.text(inherited))<br>" }
        if let from = r.resolvedFrom { out += Bilingual("依据", "judged against").html + " \(Bilingual(ScorecardWording.resolvedFrom(from, in: .zh), ScorecardWording.resolvedFrom(from, in: .en)).html)" }
        return out
    }
}
