import TrackerEvaluation
import TrackerModel

/// The report's charts: a monthly trend figure per indicator of the top scope (the district,
/// or the one scope asked for), and a league figure per indicator of each level below it
/// (the streets). Each figure is one inline SVG with a caption that says the same in words.
///
/// ```swift
/// let charts = ChartsSection(card: card)
/// html += charts.trends() + charts.leagues()
/// ```
struct ChartsSection {
    var card: Scorecard
    /// The ledger's months and last year's (`report --ledger`); nil: the charts draw the data alone.
    var history: TrendHistory? = nil

    /// The highest level that has a chartable row (district in a district plan, city in the
    /// city plan, the street itself under `--scope 德胜街道`).
    var trendLevel: ScopeLevel? {
        card.rows.filter(TrendChart.applies).map(\.target.scopeLevel).min()
    }

    var trendRows: [ScorecardRow] {
        guard let level = trendLevel else { return [] }
        return card.rows.filter { $0.target.scopeLevel == level && TrendChart.applies(to: $0) }
    }

    /// Levels below the top one, each with its leagues.
    var leagueLevels: [(ScopeLevel, [[ScorecardRow]])] {
        guard let top = card.rows.map(\.target.scopeLevel).min() else { return [] }
        return ScopeLevel.allCases.filter { $0 > top }.compactMap { level in
            let leagues = ScorecardText.leagues(card, level: level)
            return leagues.isEmpty ? nil : (level, leagues)
        }
    }

    func trends() -> String {
        let rows = trendRows
        guard !rows.isEmpty else { return "" }
        var out = "<section id=\"trends\"><h2>\(Bilingual("月度趋势", "Monthly trends").html)</h2>\n"
        out += "<p class=\"meta\">\(Bilingual("每月数值、目标线、年初至今的数值，以及余下月份须达到的平均水平；有上年同期数据时给出季节性预测。", "Monthly values, the target line, the year-to-date value and what the remaining months must average; the seasonal projection where last year's data allows one.").html)</p>\n"
        if let history {
            let months = history.recordedMonths.map(\.description).joined(separator: ", ")
            out += "<p class=\"meta\">\(Bilingual("方块为台账记录的各月数值（台账中已记录：\(months.isEmpty ? "无" : months)）；灰色虚线为上年同期。", "Squares: each month as the ledger recorded it (recorded: \(months.isEmpty ? "none" : months)); the grey dashed line: last year.").html)</p>\n"
        }
        out += "<div class=\"charts\">\n"
        for (i, r) in rows.enumerated() {
            let chart = TrendChart(row: r, asOf: card.asOf, id: "trend-\(i + 1)",
                                   history: history?.series(scope: r.scope, indicator: r.indicator))
            out += "<figure id=\"fig-trend-\(i + 1)\">" + chart.svg() + "\n" + caption(chart) + monthlyTable(chart) + "</figure>\n"
        }
        return out + "</div></section>\n"
    }

    func leagues() -> String {
        let levels = leagueLevels
        guard !levels.isEmpty else { return "" }
        var out = "<section id=\"leagues\"><h2>\(Bilingual("排名", "League tables").html)</h2>\n"
        out += "<p class=\"meta\">\(Bilingual("按实测值由好到差排列；竖线是各自的目标（各街道目标不同）。", "Ranked best first by observed value; the tick on each bar is that scope's own target (streets have different targets).").html)</p>\n"
        out += "<div class=\"charts\">\n"
        var n = 0
        for (_, leagues) in levels {
            for ranked in leagues {
                n += 1
                let chart = LeagueChart(ranked: ranked, id: "league-\(n)")
                // The caption counts the verdicts; the ranking itself is in the chart and its description.
                let counts = SummarySection.order.compactMap { v -> String? in
                    let k = ranked.filter { $0.verdict == v }.count
                    return k == 0 ? nil : "\(VerdictBadge.html(v)) \(k)"
                }
                out += "<figure id=\"fig-league-\(n)\">" + chart.svg() + "\n<figcaption>"
                    + "\(ranked.count) \(Bilingual("个", "scopes").html)：" + counts.joined(separator: " · ")
                    + "</figcaption></figure>\n"
            }
        }
        return out + "</div></section>\n"
    }

    /// The chart's numbers in words: verdict, value so far, target, what the rest must do.
    func caption(_ chart: TrendChart) -> String {
        let r = chart.row
        var parts = [VerdictBadge.html(r.verdict)]
        if r.observed != nil {
            parts.append((chart.isFinal ? Bilingual("全期", "period value") : Bilingual("年初至今", "year to date")).html
                + " <b>\(HTMLEscape.text(ScorecardText.observed(r)))</b> \(HTMLEscape.text(r.unit.symbol))")
        }
        parts.append(Bilingual("目标", "target").html + " \(HTMLEscape.text(ScorecardText.target(r)))")
        if r.margin != nil { parts.append(Bilingual("差距", "margin").html + " \(HTMLEscape.text(ScorecardText.margin(r)))") }
        if let d = r.validDays { parts.append(Bilingual("有效天数", "valid days").html + " \(d)") }
        var out = "<figcaption>" + parts.joined(separator: " · ")
        if !chart.isFinal, let rest = r.requiredRest {
            out += "<br>\(Bilingual("余下须", "rest of period").html)：\(Bilingual(rest).html)"
        }
        if let p = r.seasonalProjection {
            out += "<br>\(Bilingual("季节性预测", "seasonal projection").html)：\(HTMLEscape.text(NumberFormat.fixed(p, r.precision))) \(HTMLEscape.text(r.unit.symbol))"
        }
        return out + "</figcaption>"
    }

    /// The plotted months as a small table, for readers who want the numbers (and for print).
    func monthlyTable(_ chart: TrendChart) -> String {
        let r = chart.row
        let byMonth = Dictionary(r.monthly.compactMap { m -> (YearMonth, Measurement)? in
            if case .month(let month) = m.period { return (month, m) } else { return nil }
        }, uniquingKeysWith: { a, _ in a })
        let months = chart.months.count > 12 ? chart.months.filter { byMonth[$0] != nil } : chart.months
        let usesDays = r.kind?.usesValidDays == true && r.monthly.contains { $0.validDays != nil }
        var head = "<tr><th>\(Bilingual("月", "month").html)</th>"
        var values = "<tr><th>\(HTMLEscape.text(r.unit.symbol))</th>"
        var days = "<tr><th>\(Bilingual("有效天", "valid d").html)</th>"
        var excluded = false
        for month in months {
            head += "<th>\(months.count > 12 ? month.description : "\(month.month)月")</th>"
            guard let m = byMonth[month] else { values += "<td></td>"; days += "<td></td>"; continue }
            let text = NumberFormat.fixed(m.value, r.precision)
            // The flags and the file's note, as the cell's tooltip.
            let tip = (m.flags + [m.note ?? ""]).filter { !$0.isEmpty }.joined(separator: "; ")
            let titled = tip.isEmpty ? "<td>" : "<td title=\"\(HTMLEscape.text(tip))\">"
            if m.isExcluded { excluded = true }
            values += titled + (m.isExcluded ? "(\(HTMLEscape.text(text)))" : HTMLEscape.text(text)) + "</td>"
            let short = r.shortMonths.contains(month)
            days += "<td>" + (m.validDays.map { short ? "<b>\($0)!</b>" : String($0) } ?? "") + "</td>"
        }
        // The ledger's months and last year's, under the data's (`--ledger`).
        var ledgerRows = ""
        if let h = chart.history {
            for (label, series, shift) in [(Bilingual("台账", "ledger"), h.recorded, 0), (Bilingual("上年", "last year"), h.lastYear, 12)]
            where months.contains(where: { series[$0.advanced(by: -shift)] != nil }) && (shift == 0 || chart.months.count <= 12) {
                ledgerRows += "<tr><th>\(label.html)</th>" + months.map { month in
                    "<td>" + (series[month.advanced(by: -shift)].map { HTMLEscape.text(NumberFormat.fixed($0, r.precision)) } ?? "") + "</td>"
                }.joined() + "</tr>"
            }
        }
        var out = "<table class=\"monthly\">" + head + "</tr>" + values + "</tr>" + (usesDays ? days + "</tr>" : "") + ledgerRows + "</table>"
        var keys: [String] = []
        if excluded { keys.append(Bilingual("括号内为剔除月（如沙尘）", "(value): excluded month, e.g. sand dust").html) }
        if usesDays, !r.shortMonths.isEmpty {
            keys.append(Bilingual("“!”：有效天数不足（每月至少 27 天，二月 25 天）", "“!”: short of valid days (27 a month, 25 in February)").html)
        }
        if !keys.isEmpty { out += "<p class=\"meta\">" + keys.joined(separator: "；") + "</p>" }
        return out
    }
}
