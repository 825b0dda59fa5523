import TrackerEvaluation
import TrackerModel

/// The report's opening: where in the period the scorecard stands (year to date or final), the
/// count of targets per verdict, the same counts per scope, and the targets that need attention
/// (missed, off track, at risk), worst first.
///
/// ```swift
/// html += SummarySection(card: card).html()
/// ```
struct SummarySection {
    var card: Scorecard

    /// The verdicts always shown, even at 0: the four a reader asks about first.
    static let headline: [Verdict] = [.met, .atRisk, .missed, .insufficientData]
    /// Tile order: good to bad, then the ones without a judgement.
    static let order: [Verdict] = [.met, .withinTolerance, .onTrack, .atRisk, .offTrack, .missed, .insufficientData, .deferred, .notApplicable]

    /// The plan period, as most targets state it (a few span several years, e.g. 2021–2025 totals).
    var period: Period? {
        var counts: [String: (Period, Int, Int)] = [:]
        for (i, r) in card.rows.enumerated() {
            let key = r.target.period.description
            counts[key] = (r.target.period, (counts[key]?.1 ?? 0) + 1, counts[key]?.2 ?? i)
        }
        return counts.values.max { a, b in a.1 != b.1 ? a.1 < b.1 : a.2 > b.2 }?.0
    }

    func html() -> String {
        var out = "<section id=\"summary\"><h2>\(Bilingual("概况", "Summary").html)</h2>\n"
        out += position()
        let summary = card.summary
        out += "<div class=\"tiles\">"
        for v in SummarySection.order where summary[v] != nil || SummarySection.headline.contains(v) {
            out += "<div class=\"tile tone-\(ReportPalette.toneName(of: v))\"><span class=\"count\">\(summary[v] ?? 0)</span>"
                + "<span class=\"what\"><span class=\"sym\">\(HTMLEscape.text(VerdictBadge.symbol(v)))</span> \(VerdictBadge.words(v).html)</span></div>"
        }
        out += "</div>\n"
        // Side by side on a wide screen, one under the other in print or on a phone.
        let (scopes, attention) = (byScope(), attention())
        out += scopes.isEmpty || attention.isEmpty ? scopes + attention
            : "<div class=\"summary-grid\"><div>" + scopes + "</div><div>" + attention + "</div></div>\n"
        return out + "</section>\n"
    }

    /// The year-to-date position: the as-of month within the plan period, and what that means
    /// for the verdicts.
    func position() -> String {
        guard let period else { return "" }
        let months = period.months
        let elapsed = months.filter { $0 <= card.asOf }.count
        let share = months.isEmpty ? 0 : Double(elapsed) / Double(months.count)
        let zh: String, en: String
        if card.isFinal {
            zh = "截至 \(card.asOf)：计划期 \(period) 已结束，判定为最终结果。"
            en = "As of \(card.asOf): the plan period \(period) is complete; the verdicts are final."
        } else {
            zh = "截至 \(card.asOf)：计划期 \(period) 共 \(months.count) 个月，已过 \(elapsed) 个月。判定为暂定，依据年初至今的数据，并说明余下月份须达到的水平。"
            en = "As of \(card.asOf): month \(elapsed) of \(months.count) of the plan period \(period). Verdicts are provisional, on the year to date, with what the rest of the period must achieve."
        }
        return "<p class=\"position\">\(Bilingual(zh, en).html)</p>"
            + "<div class=\"progress\" role=\"img\" aria-label=\"\(HTMLEscape.text("\(elapsed) / \(months.count)"))\">"
            + "<span style=\"width:\(NumberFormat.fixed(share * 100, 1))%\"></span></div>"
            + "<p class=\"meta\">\(elapsed) / \(months.count) \(Bilingual("个月", "months").html)</p>\n"
    }

    /// Counts per scope: one line each, in the scorecard's order (district first, then its
    /// streets), each count a small badge with its verdict's symbol (the tiles above are the key,
    /// and each badge also names its verdict to screen readers and on hover).
    func byScope() -> String {
        var scopes: [String] = []
        for r in card.rows where !scopes.contains(r.scope) { scopes.append(r.scope) }
        guard scopes.count > 1 else { return "" }
        var out = "<h3>\(Bilingual("按范围", "By scope").html)</h3><table class=\"by-scope\"><thead><tr><th>\(Bilingual("范围", "scope").html)</th>"
            + "<th>\(Bilingual("判定", "verdicts").html)</th><th class=\"num\">\(Bilingual("合计", "total").html)</th></tr></thead><tbody>\n"
        for s in scopes {
            let rows = card.rows.filter { $0.scope == s }
            let counts = SummarySection.order.compactMap { v -> String? in
                let n = rows.filter { $0.verdict == v }.count
                guard n > 0 else { return nil }
                let name = HTMLEscape.text("\(v.zh) \(VerdictBadge.english(v))")
                return "<span class=\"badge tone-\(ReportPalette.toneName(of: v))\" title=\"\(name)\" aria-label=\"\(name) \(n)\">"
                    + "<span class=\"sym\">\(HTMLEscape.text(VerdictBadge.symbol(v)))</span> \(n)</span>"
            }
            out += "<tr><td class=\"scope\">\(HTMLEscape.text(s))</td><td>\(counts.joined(separator: " "))</td><td class=\"num\">\(rows.count)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// Missed, off-track and at-risk targets, worst first, each with its value and target.
    func attention() -> String {
        let rows = card.rows.enumerated()
            .filter { [.missed, .offTrack, .atRisk].contains($0.element.verdict) }
            .sorted { a, b in
                a.element.verdict.severity != b.element.verdict.severity
                    ? a.element.verdict.severity < b.element.verdict.severity : a.offset < b.offset
            }.map(\.element)
        guard !rows.isEmpty else { return "" }
        var out = "<h3>\(Bilingual("需关注", "Needs attention").html)</h3><ul class=\"attention\">\n"
        // A city plan can have 150 targets at risk; the summary names the worst and counts the rest.
        for r in rows.prefix(SummarySection.attentionLimit) {
            out += "<li>\(VerdictBadge.html(r.verdict)) \(HTMLEscape.text(r.scope)) · \(HTMLEscape.text(r.indicatorZh))："
                + "\(HTMLEscape.text(ScorecardText.observed(r))) \(HTMLEscape.text(r.unit.symbol))"
                + "（\(Bilingual("目标", "target").html) \(HTMLEscape.text(ScorecardText.target(r)))）</li>\n"
        }
        if rows.count > SummarySection.attentionLimit {
            let more = rows.count - SummarySection.attentionLimit
            out += "<li class=\"muted\">\(Bilingual("另有 \(more) 项，见下方逐项结果", "\(more) more: see every target below").html)</li>\n"
        }
        return out + "</ul>\n"
    }

    /// How many targets the attention list names before it only counts.
    static let attentionLimit = 25
}
